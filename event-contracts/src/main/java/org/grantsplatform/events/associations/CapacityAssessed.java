package org.grantsplatform.events.associations;

/**
 * Data of {@code associations.association.updated.v1} when the association's capacity
 * self-assessment changed: what {@link AssociationEvent} holds, plus the new current assessment.
 */
public record CapacityAssessed(AssociationData association, CapacityAssessmentData capacityAssessment) {
}
