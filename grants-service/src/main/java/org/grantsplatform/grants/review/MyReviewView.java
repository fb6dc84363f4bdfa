package org.grantsplatform.grants.review;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MyReview", description = "The calling reviewer's own review of the application: status ASSIGNED "
        + "(not given yet), COMPLETED or RECUSED; canReview is true while PUT /api/applications/{id}/reviews/mine "
        + "takes it (the application is UNDER_REVIEW and the reviewer has not recused), so a COMPLETED review may "
        + "still be replaced until the decision.")
public record MyReviewView(UUID reviewId, ReviewStatus status, boolean canReview, Instant assignedAt,
        Instant completedAt) {

    public static MyReviewView of(Review r, boolean applicationUnderReview) {
        return new MyReviewView(r.id, r.status, r.takesReviewWhile(applicationUnderReview), r.assignedAt,
                r.completedAt);
    }
}
