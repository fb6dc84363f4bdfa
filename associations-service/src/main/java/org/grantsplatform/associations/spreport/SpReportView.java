package org.grantsplatform.associations.spreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.associations.SpReportData;

@Schema(name = "SpReport")
public record SpReportView(
        UUID memberId,
        String memberName,
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
        PovertyMeasurementTool povertyMeasurementTool,
        List<String> nonFinancialServices,
        BigDecimal staffTurnoverPct,
        long version,
        @Schema(description = "OIDC subject of who submitted this version") String reportedBy,
        Instant reportedAt) {

    static SpReportView of(SpReport r) {
        return new SpReportView(r.member.id, r.member.name, r.year, r.activeBorrowers, r.womenBorrowersPct,
                r.ruralBorrowersPct, r.grossLoanPortfolio, r.currency, r.averageLoanSize, r.clientRetentionRatePct,
                r.portfolioAtRisk30Pct, r.hasSocialMission, r.boardSpCommittee, r.clientProtectionEndorsed,
                r.povertyMeasurementTool, List.copyOf(r.nonFinancialServices), r.staffTurnoverPct, r.version,
                r.reportedBy, r.reportedAt);
    }

    SpReportData toEventData() {
        return new SpReportData(memberId, year, activeBorrowers, womenBorrowersPct, ruralBorrowersPct,
                grossLoanPortfolio, currency, averageLoanSize, clientRetentionRatePct, portfolioAtRisk30Pct,
                hasSocialMission, boardSpCommittee, clientProtectionEndorsed,
                povertyMeasurementTool == null ? null : povertyMeasurementTool.name(), nonFinancialServices,
                staffTurnoverPct);
    }
}
