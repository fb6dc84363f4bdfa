package org.grantsplatform.reporting.socialperformance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.reporting.readmodel.Freshness;

/**
 * Per association its members, transparency and members' SP indicators for a year (the requested
 * one, else each association's latest reporting year), and per region the totals.
 */
@Schema(name = "SocialPerformanceReport")
public record SocialPerformanceReport(Integer year, List<AssociationRow> associations, List<RegionTotal> regions,
        Freshness freshness) {

    @Schema(name = "SocialPerformanceAssociation")
    public record AssociationRow(UUID associationId, String name, String country, String region, boolean verified,
            int members, Integer year, Integer membersReporting, BigDecimal transparencyRate, Indicators indicators) {
    }

    /** {@code transparencyRate}: members reporting over members, across the region's associations. */
    @Schema(name = "SocialPerformanceRegion")
    public record RegionTotal(String region, long associations, long members, Long membersReporting,
            BigDecimal transparencyRate, Indicators indicators) {
    }

    /**
     * Averages over the member reports of the year, in percent. Shares of borrowers (women, rural,
     * client retention) are weighted by each member's active borrowers; portfolio at risk and
     * staff turnover are plain means (their natural weights, portfolio and staff, are not
     * comparable across currencies or not reported); the yes/no indicators are the share of
     * reporting members answering yes.
     */
    @Schema(name = "SocialPerformanceIndicators")
    public record Indicators(long reports, Long activeBorrowers, BigDecimal womenBorrowersPct,
            BigDecimal ruralBorrowersPct, BigDecimal clientRetentionRatePct, BigDecimal portfolioAtRisk30Pct,
            BigDecimal staffTurnoverPct, BigDecimal hasSocialMissionPct, BigDecimal boardSpCommitteePct,
            BigDecimal clientProtectionEndorsedPct) {
    }
}
