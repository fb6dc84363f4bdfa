package org.grantsplatform.portal.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Associations' members, transparency (a fraction) and their members' SP indicators (percentages) for a year, per
 * association and per region.
 */
public record SocialPerformance(Integer year, List<AssociationRow> associations, List<RegionTotal> regions,
        Freshness freshness) {

    public SocialPerformance {
        associations = associations == null ? List.of() : associations;
        regions = regions == null ? List.of() : regions;
    }

    public record AssociationRow(UUID associationId, String name, String country, String region, boolean verified,
            int members, Integer year, Integer membersReporting, BigDecimal transparencyRate, Indicators indicators) {
    }

    public record RegionTotal(String region, long associations, long members, Long membersReporting,
            BigDecimal transparencyRate, Indicators indicators) {
    }

    public record Indicators(long reports, Long activeBorrowers, BigDecimal womenBorrowersPct, BigDecimal ruralBorrowersPct,
            BigDecimal clientRetentionRatePct, BigDecimal portfolioAtRisk30Pct, BigDecimal staffTurnoverPct,
            BigDecimal hasSocialMissionPct, BigDecimal boardSpCommitteePct, BigDecimal clientProtectionEndorsedPct) {
    }
}
