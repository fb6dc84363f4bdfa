package org.grantsplatform.grants.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.runtime.directory.DirectoryUser;

@Schema(name = "Reviewer", description = "A user holding the realm role reviewer in the user directory (Keycloak), "
        + "with their workload here. subject is what POST /api/applications/{id}/reviewers takes.")
public record ReviewerView(
        @Schema(description = "OIDC subject (claim sub)") String subject,
        @Schema(description = "First and last name; null when the directory has neither") String name,
        String username,
        String email,
        @Schema(description = "Reviews still to give (ASSIGNED) on applications that are SUBMITTED or UNDER_REVIEW")
        long openAssignments,
        @Schema(description = "Reviews given (COMPLETED), on any application; recusals count in neither figure")
        long completedReviews) {

    static ReviewerView of(DirectoryUser user, ReviewerWorkload workload) {
        return new ReviewerView(user.subject(), user.name(), user.username(), user.email(), workload.open(),
                workload.completed());
    }
}
