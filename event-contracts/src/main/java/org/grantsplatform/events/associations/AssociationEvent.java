package org.grantsplatform.events.associations;

/**
 * Data of {@code associations.association.registered.v1}, {@code .updated.v1} and {@code .verified.v1}.
 */
public record AssociationEvent(AssociationData association) {
}
