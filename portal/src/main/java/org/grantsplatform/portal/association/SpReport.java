package org.grantsplatform.portal.association;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member MFI's social-performance indicators of a year (DOMAIN.md). Percentages are held from 0 to 100;
 * amounts are in {@code currency}; a {@code null} indicator is not reported.
 */
public record SpReport(UUID memberId, String memberName, int year, Integer activeBorrowers,
        BigDecimal womenBorrowersPct, BigDecimal ruralBorrowersPct, BigDecimal grossLoanPortfolio, String currency,
        BigDecimal averageLoanSize, BigDecimal clientRetentionRatePct, BigDecimal portfolioAtRisk30Pct,
        Boolean hasSocialMission, Boolean boardSpCommittee, Boolean clientProtectionEndorsed,
        String povertyMeasurementTool, List<String> nonFinancialServices, BigDecimal staffTurnoverPct, long version,
        String reportedBy, Instant reportedAt) {

    public SpReport {
        nonFinancialServices = nonFinancialServices == null ? List.of() : nonFinancialServices;
    }
}
