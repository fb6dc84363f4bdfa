package org.grantsplatform.events.grants;

import java.util.UUID;

/**
 * Data of the grant's events ({@code tranche.scheduled}, {@code milestone.reported},
 * {@code disbursement.requested|approved|paid}, {@code grant.completed}): the grant after the change
 * and the tranche it concerns (null for {@code grant.completed}).
 */
public record GrantEvent(GrantData grant, UUID trancheId) {
}
