package org.grantsplatform.grants.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.grants.programme.Programme;
import org.grantsplatform.grants.programme.RubricCriterion;
import org.grantsplatform.runtime.problem.Problem.Violation;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

/**
 * The reviews of an application on their own: assignments, what a reviewer gives and the weighted score. When the
 * application takes reviewers and reviews, and what a review changes of it, is the application package's to say;
 * it calls these within its transaction.
 */
@ApplicationScoped
public class ReviewService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Caller caller;

    @Inject
    public ReviewService(Caller caller) {
        this.caller = caller;
    }

    /** The caller assigns the reviewers; those already assigned stay as they are. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assign(UUID applicationId, List<String> subjects) {
        Instant now = now();
        for (String subject : new LinkedHashSet<>(subjects)) {
            if (!Review.isAssigned(applicationId, subject)) {
                Review review = new Review();
                review.id = UUID.randomUUID();
                review.applicationId = applicationId;
                review.reviewerSubject = subject;
                review.assignedBy = caller.subject();
                review.assignedAt = now;
                review.status = ReviewStatus.ASSIGNED;
                review.persist();
            }
        }
        Review.flush();
    }

    /** Takes back an assignment the reviewer has not acted on, neither reviewed nor recused, and answers it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Review unassign(UUID applicationId, String subject) {
        Review review = Review.of(applicationId, subject)
                .orElseThrow(() -> ProblemException.notFound("reviewer assignment", subject));
        if (review.status != ReviewStatus.ASSIGNED) {
            throw ProblemException.conflict("the reviewer's review is " + review.status
                    + "; only a reviewer who has neither reviewed nor recused is unassigned");
        }
        review.delete();
        Review.flush();
        return review;
    }

    /** The caller's review of the application; a caller not assigned to it is refused (403). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Review mine(UUID applicationId) {
        return Review.of(applicationId, caller.subject())
                .orElseThrow(() -> ProblemException.forbidden("you are not assigned to review this application"));
    }

    /**
     * Gives or replaces the review, or recuses. The weighted score is 100 × Σ(weight × score / maxScore), half-up to
     * 2 decimals.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void give(Review review, ReviewRequest request, Programme programme) {
        review.conflictOfInterest = request.conflictOfInterest();
        review.comment = request.comment();
        review.recommendation = request.recommendation();
        review.scores.clear();
        if (request.conflictOfInterest()) {
            review.status = ReviewStatus.RECUSED;
            review.weightedScore = null;
        } else {
            List<Score> scores = checkedScores(request, programme);
            review.scores.addAll(scores);
            review.weightedScore = weightedScore(scores, programme);
            review.status = ReviewStatus.COMPLETED;
        }
        review.completedAt = now();
    }

    /** The mean of the completed reviews' weighted scores, half-up to 2 decimals; null before the first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BigDecimal meanOfCompleted(UUID applicationId) {
        List<BigDecimal> scores = Review.of(applicationId).stream()
                .filter(r -> r.status == ReviewStatus.COMPLETED)
                .map(r -> r.weightedScore).toList();
        if (scores.isEmpty()) {
            return null;
        }
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    /** One score for every criterion of the rubric, each within its range; anything else is a 400. */
    private static List<Score> checkedScores(ReviewRequest request, Programme programme) {
        List<Violation> invalid = new ArrayList<>();
        List<ReviewRequest.ScoreRequest> given = request.scores() == null ? List.of() : request.scores();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ReviewRequest.ScoreRequest s = given.get(i);
            String field = "scores[" + i + "]";
            RubricCriterion criterion = programme.criterion(s.criterion()).orElse(null);
            if (criterion == null) {
                invalid.add(new Violation(field + ".criterion", "is not a criterion of the programme's rubric"));
            } else if (!seen.add(s.criterion())) {
                invalid.add(new Violation(field + ".criterion", "is scored more than once"));
            } else if (s.score() > criterion.maxScore) {
                invalid.add(new Violation(field + ".score", "must be at most " + criterion.maxScore));
            }
        }
        programme.rubric.stream().filter(c -> !seen.contains(c.criterion)).forEach(c ->
                invalid.add(new Violation("scores", "lacks a score for criterion " + c.criterion)));
        if (!invalid.isEmpty()) {
            throw new ProblemException(400, "Invalid request", invalid.stream().map(v -> v.field() + ": " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow(), invalid);
        }
        return programme.rubric.stream().map(c -> new Score(c.criterion, given.stream()
                .filter(s -> s.criterion().equals(c.criterion)).findFirst().orElseThrow().score())).toList();
    }

    static BigDecimal weightedScore(List<Score> scores, Programme programme) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Score s : scores) {
            RubricCriterion c = programme.criterion(s.criterion).orElseThrow();
            sum = sum.add(c.weight.multiply(BigDecimal.valueOf(s.score))
                    .divide(BigDecimal.valueOf(c.maxScore), 10, RoundingMode.HALF_UP));
        }
        return sum.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
