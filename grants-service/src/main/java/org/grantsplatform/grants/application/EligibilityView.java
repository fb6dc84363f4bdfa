package org.grantsplatform.grants.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.runtime.problem.Problem.Violation;

@Schema(name = "EligibilityCheck", description = "Whether the association may apply to the programme on checkedOn, "
        + "by the rules of submission that do not depend on the application's own fields. failed names every rule "
        + "not met, as the violations of a refused submission do.")
public record EligibilityView(
        UUID programmeId,
        UUID associationId,
        @Schema(description = "The day (UTC) the programme's dates were checked against") LocalDate checkedOn,
        @Schema(description = "true exactly when failed is empty") boolean eligible,
        @Schema(description = "Each failed rule with field, message, rule, expected and actual") List<Violation> failed) {

    static EligibilityView of(UUID programmeId, UUID associationId, LocalDate checkedOn, List<Violation> failed) {
        return new EligibilityView(programmeId, associationId, checkedOn, failed.isEmpty(), failed);
    }
}
