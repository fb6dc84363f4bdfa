package org.grantsplatform.events.grants;

import java.util.UUID;

/**
 * Data of {@code grants.reviewer.unassigned.v1}: the application, the assignment taken back (its review was
 * never given) and who took it back.
 */
public record ReviewerUnassigned(ApplicationData application, UUID reviewId, String reviewerSubject,
        String unassignedBy) {
}
