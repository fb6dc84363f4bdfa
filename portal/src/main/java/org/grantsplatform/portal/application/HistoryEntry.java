package org.grantsplatform.portal.application;

import java.time.Instant;
import java.util.UUID;
import org.grantsplatform.portal.web.Formats;

/** One line of an application's audit trail (grants-service's history): who moved it from which status to which. */
public record HistoryEntry(Instant at, String actorSubject, String actorName, String fromStatus, String toStatus,
        UUID trancheId, String event, String note) {

    /** Reviews share the trail; their transitions read as such. */
    private static final String REVIEW_EVENT = "grants.review.";

    public String who() {
        return actorName == null || actorName.isBlank() ? "Someone" : actorName;
    }

    /** "Draft → Submitted", "Drafted", "A review: Assigned → Completed". */
    public String what() {
        if (fromStatus == null) {
            return "DRAFT".equals(toStatus) ? "Drafted" : Formats.words(toStatus);
        }
        String move = Formats.words(fromStatus) + " → " + Formats.words(toStatus);
        return event != null && event.startsWith(REVIEW_EVENT) ? "A review: " + move : move;
    }
}
