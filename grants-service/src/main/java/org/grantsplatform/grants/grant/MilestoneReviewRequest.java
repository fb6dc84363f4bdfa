package org.grantsplatform.grants.grant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MilestoneReview", description = "accepted: SUBMITTED → ACCEPTED; otherwise the report is RETURNED "
        + "to the grantee (a note saying why is then required)", example = """
        {"accepted": true, "note": "Attendance lists match the narrative"}""")
public record MilestoneReviewRequest(@NotNull Boolean accepted, @Size(max = 4000) String note) {
}
