package org.grantsplatform.associations.capacity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Strategy;

/**
 * The association's SP capacity self-assessment, after the SPTF working group's survey of
 * associations' interest, experience and capabilities in SP, and their needs for capacity building.
 */
@Schema(name = "CapacityAssessmentRequest", description = "The example is a first assessment (no version)",
        example = """
        {"interest": "HIGH", "experience": ["MEMBER_TRANSPARENCY", "KNOWLEDGE_BASE"],
         "capabilities": ["MEMBER_SP_DATA_COLLECTION", "SP_TRAINING"],
         "needs": ["INFORMATION_SYSTEMS", "SPM_OFFICER"],
         "notes": "We collect members' SP data yearly and need a system to publish it"}""")
public record CapacityAssessmentRequest(
        @NotNull InterestLevel interest,
        @Schema(description = "The strategies the association already has experience carrying out")
        Set<@NotNull Strategy> experience,
        @Schema(description = "What the association can already do for its members' social performance")
        Set<@NotNull SpCapability> capabilities,
        @Schema(description = "Its capacity-building needs, as the funding windows that would meet them")
        Set<@NotNull FundingWindow> needs,
        @Size(max = 4000) String notes,
        @Schema(description = "Leave it out for the first assessment; to replace the current one, send its version "
                + "(a stale or missing one is 409)")
        Integer version) {

    void applyTo(CapacityAssessment assessment) {
        assessment.interest = interest;
        assessment.experience = names(experience);
        assessment.capabilities = names(capabilities);
        assessment.needs = names(needs);
        assessment.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().sorted().map(Enum::name).toList();
    }
}
