package org.grantsplatform.grants.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.grants.ReviewData;

@Schema(name = "Review", description = "weightedScore = 100 × Σ(weight × score / maxScore) over the rubric's "
        + "criteria, rounded half-up to 2 decimals: a weighted mean on a 0-100 scale (the weights add up to 1). "
        + "Null while ASSIGNED and for a recusal.")
public record ReviewView(
        UUID id,
        UUID applicationId,
        @Schema(description = "The reviewer's OIDC subject; null for the applying association's owners, who read the "
                + "reviews of their decided application without who wrote them")
        String reviewerSubject,
        ReviewStatus status,
        boolean conflictOfInterest,
        List<ScoreView> scores,
        BigDecimal weightedScore,
        String comment,
        Recommendation recommendation,
        Instant assignedAt,
        Instant completedAt,
        long version) {

    @Schema(name = "Score")
    public record ScoreView(String criterion, int score) {
    }

    public static ReviewView of(Review r) {
        return new ReviewView(r.id, r.applicationId, r.reviewerSubject, r.status, r.conflictOfInterest,
                r.scores.stream().map(s -> new ScoreView(s.criterion, s.score)).toList(), r.weightedScore,
                r.comment, r.recommendation, r.assignedAt, r.completedAt, r.version);
    }

    /** The review without who wrote it. */
    public static ReviewView anonymous(Review r) {
        ReviewView review = of(r);
        return new ReviewView(review.id, review.applicationId, null, review.status, review.conflictOfInterest,
                review.scores, review.weightedScore, review.comment, review.recommendation, review.assignedAt,
                review.completedAt, review.version);
    }

    public ReviewData toEventData() {
        return new ReviewData(id, applicationId, reviewerSubject, conflictOfInterest,
                scores.stream().map(s -> new ReviewData.Score(s.criterion(), s.score())).toList(), weightedScore,
                comment, recommendation == null ? null : recommendation.name(), completedAt);
    }
}
