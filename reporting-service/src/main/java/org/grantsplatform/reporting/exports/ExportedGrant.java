package org.grantsplatform.reporting.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** One awarded grant with what the open-data formats say about it, and its payments. */
record ExportedGrant(UUID grantId, String title, String summary, String currency, BigDecimal requested,
        BigDecimal awarded, BigDecimal disbursed, String status, Instant awardedAt, Integer durationMonths,
        String window, String strategies, UUID programmeId, String programmeName, String donorName,
        String ownerSubject, UUID associationId, String associationName, String country, String region,
        Instant completedAt, List<Payment> payments) {

    record Payment(UUID trancheId, int sequence, BigDecimal amount, LocalDate paidOn) {
    }

    LocalDate awardDate() {
        return LocalDate.ofInstant(awardedAt, ZoneOffset.UTC);
    }

    /** The day the grant was completed (its last tranche paid), or null while it runs. */
    LocalDate completionDate() {
        return completedAt == null ? null : LocalDate.ofInstant(completedAt, ZoneOffset.UTC);
    }

    String description() {
        return summary == null || summary.isBlank() ? title : summary;
    }

    ExportedGrant withPayments(List<Payment> paid) {
        return new ExportedGrant(grantId, title, summary, currency, requested, awarded, disbursed, status, awardedAt,
                durationMonths, window, strategies, programmeId, programmeName, donorName, ownerSubject,
                associationId, associationName, country, region, completedAt, paid);
    }
}
