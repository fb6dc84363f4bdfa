package org.grantsplatform.grants.history;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One transition: who did it, when, from which status to which, "
        + "and the event it emitted (none for drafting an application). An application's trail also holds its "
        + "reviews (ASSIGNED → COMPLETED or RECUSED); for a grant, trancheId names the tranche a tranche or "
        + "milestone-report transition concerns, and fromStatus/toStatus are then that tranche's or report's.")
public record HistoryEntryView(
        Instant at,
        String actorSubject,
        String actorName,
        String fromStatus,
        String toStatus,
        UUID trancheId,
        String event,
        String note) {

    static HistoryEntryView of(HistoryEntry e) {
        return new HistoryEntryView(e.at, e.actorSubject, e.actorName, e.fromStatus, e.toStatus, e.trancheId,
                e.eventType, e.note);
    }
}
