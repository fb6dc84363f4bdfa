package org.grantsplatform.events.associations;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One member MFI's social-performance indicators for one reporting year (DOMAIN.md). */
public record SpReportData(
        UUID memberId,
        int year,
        Integer activeBorrowers,
        BigDecimal womenBorrowersPct,
        BigDecimal ruralBorrowersPct,
        BigDecimal grossLoanPortfolio,
        String currency,
        BigDecimal averageLoanSize,
        BigDecimal clientRetentionRatePct,
        BigDecimal portfolioAtRisk30Pct,
        Boolean hasSocialMission,
        Boolean boardSpCommittee,
        Boolean clientProtectionEndorsed,
        String povertyMeasurementTool,
        List<String> nonFinancialServices,
        BigDecimal staffTurnoverPct) {
}
