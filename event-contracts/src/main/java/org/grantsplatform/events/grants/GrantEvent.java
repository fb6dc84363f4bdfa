package org.grantsplatform.events.grants;

import java.util.UUID;

/**
 * Data of the grant's events ({@code tranche.scheduled|rescheduled|cancelled}, {@code milestone.reported|reviewed},
 * {@code disbursement.requested|approved|paid}, {@code grant.completed}): the grant after the change
 * and the tranche it concerns (null for {@code grant.completed}; for {@code tranche.cancelled} one the grant no
 * longer holds).
 */
public record GrantEvent(GrantData grant, UUID trancheId) {
}
