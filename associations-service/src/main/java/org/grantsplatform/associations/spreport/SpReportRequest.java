package org.grantsplatform.associations.spreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.associations.validation.Percentage;
import org.grantsplatform.runtime.validation.CurrencyCode;
import org.grantsplatform.runtime.validation.Money;

/**
 * A member's SP indicators for a year (DOMAIN.md), every one optional. It replaces the year's report
 * as a whole: an indicator left out is no longer reported.
 */
@Schema(name = "SpReportRequest", description = "The example creates a year's report (no version)", example = """
        {"activeBorrowers": 12500, "womenBorrowersPct": 68.5, "ruralBorrowersPct": 41.0,
         "grossLoanPortfolio": 9500000.00, "currency": "KES", "averageLoanSize": 760.00,
         "clientRetentionRatePct": 78.0, "portfolioAtRisk30Pct": 4.2, "hasSocialMission": true,
         "boardSpCommittee": false, "clientProtectionEndorsed": true, "povertyMeasurementTool": "PPI",
         "nonFinancialServices": ["financial literacy", "health insurance"], "staffTurnoverPct": 12.0}""")
public record SpReportRequest(
        @PositiveOrZero Integer activeBorrowers,
        @Percentage BigDecimal womenBorrowersPct,
        @Percentage BigDecimal ruralBorrowersPct,
        @Money(zeroAllowed = true, message = MONEY) BigDecimal grossLoanPortfolio,
        @CurrencyCode @Schema(description = "ISO 4217 currency of the amounts; required with any amount", example = "KES")
        String currency,
        @Money(zeroAllowed = true, message = MONEY) BigDecimal averageLoanSize,
        @Percentage BigDecimal clientRetentionRatePct,
        @Percentage BigDecimal portfolioAtRisk30Pct,
        @Schema(description = "The MFI states social goals in its mission") Boolean hasSocialMission,
        @Schema(description = "The MFI's board oversees social performance") Boolean boardSpCommittee,
        @Schema(description = "The MFI endorsed the client protection principles") Boolean clientProtectionEndorsed,
        PovertyMeasurementTool povertyMeasurementTool,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> nonFinancialServices,
        @Percentage BigDecimal staffTurnoverPct,
        @Schema(description = "Leave it out to create the year's report; to replace it, send the version you read "
                + "(a stale or missing one is 409)")
        Long version) {

    static final String MONEY = "must be an amount of 0 or more with at most 2 decimals and 17 integer digits";

    boolean hasAmounts() {
        return grossLoanPortfolio != null || averageLoanSize != null;
    }

    void applyTo(SpReport report) {
        report.activeBorrowers = activeBorrowers;
        report.womenBorrowersPct = womenBorrowersPct;
        report.ruralBorrowersPct = ruralBorrowersPct;
        report.grossLoanPortfolio = grossLoanPortfolio;
        report.currency = currency;
        report.averageLoanSize = averageLoanSize;
        report.clientRetentionRatePct = clientRetentionRatePct;
        report.portfolioAtRisk30Pct = portfolioAtRisk30Pct;
        report.hasSocialMission = hasSocialMission;
        report.boardSpCommittee = boardSpCommittee;
        report.clientProtectionEndorsed = clientProtectionEndorsed;
        report.povertyMeasurementTool = povertyMeasurementTool;
        report.nonFinancialServices = nonFinancialServices == null ? List.of()
                : nonFinancialServices.stream().map(String::strip).distinct().toList();
        report.staffTurnoverPct = staffTurnoverPct;
    }
}
