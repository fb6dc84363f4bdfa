package org.grantsplatform.grants.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.runtime.validation.CurrencyCode;
import org.grantsplatform.runtime.validation.Money;

/** What a donor writes of a programme: on create, and on update while it is a draft (with {@code version}). */
@Schema(name = "ProgrammeRequest", example = """
        {"name": "Social Performance Champions Fund",
         "description": "Capacity building for associations that lead their members on social performance",
         "donorName": "Example Foundation", "currency": "USD", "budget": 250000.00, "maxGrant": 50000.00,
         "windows": ["CAPACITY_BUILDING", "MEMBER_TRAINING"], "opensOn": "2027-01-15", "closesOn": "2027-04-30",
         "eligibility": {"regions": ["AFRICA", "ASIA"], "requireVerified": true, "minTransparencyRate": 0.5,
                         "minMemberCount": 3},
         "rubric": [{"criterion": "relevance", "weight": 0.6, "maxScore": 10},
                    {"criterion": "feasibility", "weight": 0.4, "maxScore": 5}],
         "version": 0}""")
public record ProgrammeRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @NotBlank @Size(max = 200) String donorName,
        @NotNull @CurrencyCode @Schema(example = "USD") String currency,
        @NotNull @Money @Schema(example = "250000.00") BigDecimal budget,
        @NotNull @Money @Schema(description = "The largest single grant; at most the budget", example = "50000.00")
        BigDecimal maxGrant,
        @NotEmpty Set<@NotNull FundingWindow> windows,
        @NotNull LocalDate opensOn,
        @NotNull @Schema(description = "On or after opensOn") LocalDate closesOn,
        @NotNull @Valid EligibilityRequest eligibility,
        @NotEmpty @Size(max = 20) @Schema(description = "Criteria with unique names whose weights add up to exactly 1")
        List<@NotNull @Valid Criterion> rubric,
        @Schema(description = "Required on update: the version read; a stale one is a 409") Long version) {

    @Schema(name = "Eligibility")
    public record EligibilityRequest(
            @Schema(description = "Regions whose associations may apply; empty or absent: every region")
            Set<@NotNull Region> regions,
            boolean requireVerified,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 4)
            @Schema(description = "Share of member MFIs reporting SP data, 0 to 1", example = "0.5")
            BigDecimal minTransparencyRate,
            @Min(0) Integer minMemberCount) {
    }

    @Schema(name = "RubricCriterion")
    public record Criterion(
            @NotBlank @Size(max = 100) String criterion,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 3)
            BigDecimal weight,
            @Min(1) @Max(100) int maxScore) {
    }
}
