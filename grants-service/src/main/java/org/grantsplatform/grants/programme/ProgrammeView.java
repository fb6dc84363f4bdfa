package org.grantsplatform.grants.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.grants.ProgrammeData;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Region;

/** A programme as the API shows it, with the money already committed to awards and what remains. */
@Schema(name = "Programme")
public record ProgrammeView(
        UUID id,
        String name,
        String description,
        String donorName,
        String ownerSubject,
        String currency,
        BigDecimal budget,
        BigDecimal maxGrant,
        List<FundingWindow> windows,
        LocalDate opensOn,
        LocalDate closesOn,
        Eligibility eligibility,
        List<Criterion> rubric,
        ProgrammeStatus status,
        @Schema(description = "Sum of the awards made") BigDecimal committed,
        @Schema(description = "budget - committed") BigDecimal remaining,
        long version,
        Instant createdAt) {

    @Schema(name = "ProgrammeEligibility")
    public record Eligibility(List<Region> regions, boolean requireVerified, BigDecimal minTransparencyRate,
            Integer minMemberCount) {
    }

    @Schema(name = "ProgrammeRubricCriterion")
    public record Criterion(String criterion, BigDecimal weight, int maxScore) {
    }

    public static ProgrammeView of(Programme p) {
        return new ProgrammeView(p.id, p.name, p.description, p.donorName, p.ownerSubject, p.currency, p.budget,
                p.maxGrant, p.windows.stream().sorted().toList(), p.opensOn, p.closesOn,
                new Eligibility(p.regions.stream().sorted().toList(), p.requireVerified, p.minTransparencyRate,
                        p.minMemberCount),
                p.rubric.stream().map(c -> new Criterion(c.criterion, c.weight, c.maxScore)).toList(),
                p.status, p.committed, p.remaining(), p.version, p.createdAt);
    }

    public ProgrammeData toEventData() {
        return new ProgrammeData(id, name, description, donorName, ownerSubject, currency, budget, maxGrant,
                windows.stream().map(Enum::name).toList(), opensOn, closesOn,
                new ProgrammeData.Eligibility(eligibility.regions().stream().map(Enum::name).toList(),
                        eligibility.requireVerified(), eligibility.minTransparencyRate(), eligibility.minMemberCount()),
                rubric.stream().map(c -> new ProgrammeData.RubricCriterion(c.criterion(), c.weight(), c.maxScore()))
                        .toList(),
                status.name(), committed, remaining, version);
    }
}
