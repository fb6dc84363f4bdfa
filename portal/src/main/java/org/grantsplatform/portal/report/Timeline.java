package org.grantsplatform.portal.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A grant as its events tell it: the award, what was paid, its tranches and every event in time order. */
public record Timeline(UUID grantId, UUID applicationId, String title, UUID programmeId, String programmeName,
        UUID associationId, String associationName, String currency, BigDecimal awarded, BigDecimal disbursed,
        BigDecimal outstanding, String status, Instant awardedAt, List<Tranche> tranches, List<Entry> events,
        Freshness freshness) {

    public Timeline {
        tranches = tranches == null ? List.of() : tranches;
        events = events == null ? List.of() : events;
    }

    public record Tranche(UUID trancheId, int sequence, BigDecimal amount, LocalDate dueDate, String milestone,
            String status, LocalDate paidOn) {
    }

    /** One event: its type, time, the status it left things in, the amount and note it concerns (if any). */
    public record Entry(String eventId, String type, Instant at, String status, UUID trancheId, BigDecimal amount,
            String note) {
    }
}
