package org.grantsplatform.events.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A grant's full state with its tranches; every amount is in {@code currency}. */
public record GrantData(
        UUID id,
        UUID applicationId,
        UUID programmeId,
        UUID associationId,
        String title,
        String currency,
        BigDecimal awarded,
        BigDecimal disbursed,
        String status,
        Instant awardedAt,
        List<TrancheData> tranches,
        long version) {

    public record TrancheData(
            UUID id,
            int sequence,
            BigDecimal amount,
            LocalDate dueDate,
            String milestone,
            String status,
            String milestoneReportStatus,
            String requestedBy,
            Instant requestedAt,
            String approvedBy,
            Instant approvedAt,
            LocalDate paidOn,
            String paymentReference) {
    }
}
