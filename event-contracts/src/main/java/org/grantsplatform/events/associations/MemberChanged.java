package org.grantsplatform.events.associations;

/** Data of {@code associations.member.changed.v1}: the member and its association after the change. */
public record MemberChanged(AssociationData association, MemberData member) {
}
