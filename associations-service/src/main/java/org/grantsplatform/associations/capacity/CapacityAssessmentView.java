package org.grantsplatform.associations.capacity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.associations.CapacityAssessmentData;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Strategy;

@Schema(name = "CapacityAssessment")
public record CapacityAssessmentView(
        UUID associationId,
        @Schema(description = "1 for the first assessment, then one more for each") int version,
        InterestLevel interest,
        List<Strategy> experience,
        List<SpCapability> capabilities,
        List<FundingWindow> needs,
        String notes,
        @Schema(description = "OIDC subject of who submitted this version") String assessedBy,
        Instant assessedAt) {

    static CapacityAssessmentView of(CapacityAssessment a) {
        return new CapacityAssessmentView(a.associationId, a.version, a.interest, values(a.experience, Strategy::valueOf),
                values(a.capabilities, SpCapability::valueOf), values(a.needs, FundingWindow::valueOf), a.notes,
                a.assessedBy, a.assessedAt);
    }

    CapacityAssessmentData toEventData() {
        return new CapacityAssessmentData(version, interest.name(), names(experience), names(capabilities),
                names(needs), notes, assessedBy, assessedAt);
    }

    private static <E extends Enum<E>> List<E> values(List<String> names, Function<String, E> valueOf) {
        return names.stream().map(valueOf).toList();
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
