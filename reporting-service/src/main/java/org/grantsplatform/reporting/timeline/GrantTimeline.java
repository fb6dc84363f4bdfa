package org.grantsplatform.reporting.timeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.reporting.readmodel.Freshness;

/** A grant as its newest event describes it, its tranches and every event of it and its application. */
@Schema(name = "GrantTimeline")
public record GrantTimeline(UUID grantId, UUID applicationId, String title, UUID programmeId, String programmeName,
        UUID associationId, String associationName, String currency, BigDecimal awarded, BigDecimal disbursed,
        BigDecimal outstanding, String status, Instant awardedAt, List<Tranche> tranches, List<Entry> events,
        Freshness freshness) {

    @Schema(name = "GrantTimelineTranche")
    public record Tranche(UUID trancheId, int sequence, BigDecimal amount, LocalDate dueDate, String milestone,
            String status, LocalDate paidOn) {
    }

    /**
     * One event: its type and time, the status it left the application, tranche or grant in, and
     * the amount it concerns (requested, awarded, the tranche's) and its note (screening note,
     * decision reason, review recommendation, milestone, payment reference), where it has one.
     */
    @Schema(name = "GrantTimelineEntry")
    public record Entry(String eventId, String type, Instant at, String status, UUID trancheId, BigDecimal amount,
            String note) {
    }
}
