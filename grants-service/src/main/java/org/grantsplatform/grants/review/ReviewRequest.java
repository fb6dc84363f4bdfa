package org.grantsplatform.grants.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRequest", description = "Without a conflict of interest: one score for every rubric "
        + "criterion of the programme, each from 0 to its maxScore (the example scores the ProgrammeRequest "
        + "example's rubric). With conflictOfInterest true the reviewer recuses for good: scores are not taken and "
        + "the review can no longer be changed.", example = """
        {"conflictOfInterest": false,
         "scores": [{"criterion": "relevance", "score": 8}, {"criterion": "feasibility", "score": 4}],
         "comment": "A clear plan for member training; the budget for the SPM officer is realistic.",
         "recommendation": "AWARD"}""")
public record ReviewRequest(
        @Schema(description = "true recuses the caller from this application for good") boolean conflictOfInterest,
        @Size(max = 20) List<@NotNull @Valid ScoreRequest> scores,
        @Size(max = 8000) String comment,
        Recommendation recommendation) {

    @Schema(name = "ScoreRequest")
    public record ScoreRequest(@NotBlank @Size(max = 100) String criterion, @NotNull @Min(0) Integer score) {
    }
}
