package org.grantsplatform.grants.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Strategy;
import org.grantsplatform.runtime.validation.Money;

/**
 * A draft application, on create and on update (with {@code version}). A draft may be incomplete;
 * submitting checks it is complete and eligible.
 */
@Schema(name = "ApplicationRequest", description = "The example's programmeId and associationId stand for real ids",
        example = """
        {"programmeId": "00000000-0000-4000-8000-00000000a001",
         "associationId": "00000000-0000-4000-8000-00000000a002",
         "title": "SPM officer and member training",
         "summary": "Hire a social performance officer and train members on the Universal Standards",
         "window": "CAPACITY_BUILDING", "strategies": ["MEMBER_CAPACITY", "LOCAL_AMBASSADOR"],
         "requestedAmount": 40000.00,
         "budgetLines": [{"category": "staff", "description": "SPM officer, 18 months", "amount": 25000.00},
                         {"category": "training", "description": "Four regional workshops", "amount": 15000.00}],
         "outcomes": [{"indicator": "members reporting SP data", "baseline": "40%", "target": "80%"}],
         "durationMonths": 18, "version": 0}""")
public record ApplicationRequest(
        @NotNull @Schema(description = "An OPEN programme; fixed once drafted") UUID programmeId,
        @NotNull @Schema(description = "One of the caller's associations; fixed once drafted") UUID associationId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 8000) String summary,
        @NotNull FundingWindow window,
        Set<@NotNull Strategy> strategies,
        @Money @Schema(description = "In the programme's currency", example = "40000.00") BigDecimal requestedAmount,
        @Size(max = 50) List<@NotNull @Valid BudgetLineRequest> budgetLines,
        @Size(max = 50) List<@NotNull @Valid OutcomeRequest> outcomes,
        @Min(1) @Max(120) Integer durationMonths,
        @Schema(description = "Required on update: the version read; a stale one is a 409") Long version) {

    @Schema(name = "BudgetLine")
    public record BudgetLineRequest(
            @NotBlank @Size(max = 100) String category,
            @Size(max = 1000) String description,
            @NotNull @Money BigDecimal amount) {
    }

    @Schema(name = "Outcome")
    public record OutcomeRequest(
            @NotBlank @Size(max = 200) String indicator,
            @Size(max = 200) String baseline,
            @NotBlank @Size(max = 200) String target) {
    }
}
