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
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.grants.ReviewCompleted;
import org.grantsplatform.events.grants.ReviewerUnassigned;
import org.grantsplatform.grants.application.Application;
import org.grantsplatform.grants.application.ApplicationService;
import org.grantsplatform.grants.application.ApplicationStatus;
import org.grantsplatform.grants.application.ApplicationView;
import org.grantsplatform.grants.association.AssociationFact;
import org.grantsplatform.grants.history.History;
import org.grantsplatform.grants.history.HistoryEntry;
import org.grantsplatform.grants.programme.Programme;
import org.grantsplatform.grants.programme.RubricCriterion;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.Problem.Violation;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

@ApplicationScoped
public class ReviewService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Outbox outbox;
    private final Caller caller;
    private final ApplicationService applications;
    private final History history;

    @Inject
    public ReviewService(Outbox outbox, Caller caller, ApplicationService applications, History history) {
        this.outbox = outbox;
        this.caller = caller;
        this.applications = applications;
        this.history = history;
    }

    /**
     * Adds reviewers, known to the directory ({@link Reviewers#assign}), to a SUBMITTED or UNDER_REVIEW application;
     * reviewers already assigned stay as they are. An owner of the applying association never reviews it.
     */
    @Transactional
    public ApplicationView assign(UUID applicationId, List<String> subjects) {
        Application application = applications.visible(applicationId);
        requireTakingReviewers(application);
        AssociationFact association = AssociationFact.findById(application.associationId);
        List<Violation> owners = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (association != null && association.owners.contains(subjects.get(i))) {
                owners.add(new Violation("subjects[" + i + "]", "is an owner of the applying association",
                        "reviewer-not-owner", "not an owner of association " + application.associationId,
                        subjects.get(i)));
            }
        }
        if (!owners.isEmpty()) {
            throw ProblemException.unprocessable("an owner of the applying association cannot review its application: "
                    + String.join(", ", owners.stream().map(Violation::actual).toList()), owners);
        }
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
        return applications.view(application, ApplicationService.programmeOf(application));
    }

    /** Takes back an assignment the reviewer has not acted on: neither reviewed nor recused. */
    @Transactional
    public ApplicationView unassign(UUID applicationId, String subject) {
        Application application = applications.visible(applicationId);
        requireTakingReviewers(application);
        Review review = Review.of(applicationId, subject)
                .orElseThrow(() -> ProblemException.notFound("reviewer assignment", subject));
        if (review.status != ReviewStatus.ASSIGNED) {
            throw ProblemException.conflict("the reviewer's review is " + review.status
                    + "; only a reviewer who has neither reviewed nor recused is unassigned");
        }
        review.delete();
        Review.flush();
        Programme programme = ApplicationService.programmeOf(application);
        outbox.emit(Topics.GRANTS, EventTypes.REVIEWER_UNASSIGNED, applicationId, new ReviewerUnassigned(
                ApplicationView.eventData(application, programme.currency), review.id, subject, caller.subject()));
        return applications.view(application, programme);
    }

    @Transactional
    public Map<String, Review.Workload> workloadOf(List<String> reviewerSubjects) {
        return Review.workloadOf(reviewerSubjects);
    }

    private static void requireTakingReviewers(Application application) {
        if (application.status != ApplicationStatus.SUBMITTED && application.status != ApplicationStatus.UNDER_REVIEW) {
            throw ProblemException.conflict("application is " + application.status
                    + "; reviewers are assigned and unassigned while it is SUBMITTED or UNDER_REVIEW");
        }
    }

    /**
     * An assigned reviewer gives (or replaces, until the decision) their review, or recuses. The weighted
     * score is 100 × Σ(weight × score / maxScore), half-up to 2 decimals; the application's score is the
     * mean of the completed reviews' weighted scores.
     */
    @Transactional
    public ReviewView submitMine(UUID applicationId, ReviewRequest request) {
        Application application = applications.visible(applicationId);
        Review review = Review.of(applicationId, caller.subject())
                .orElseThrow(() -> ProblemException.forbidden("you are not assigned to review this application"));
        if (!review.takesReviewWhile(application.status)) {
            throw ProblemException.conflict(review.status == ReviewStatus.RECUSED
                    ? "you recused yourself from this application"
                    : "application is " + application.status + "; reviewing needs " + ApplicationStatus.UNDER_REVIEW);
        }
        Programme programme = ApplicationService.programmeOf(application);
        ReviewStatus from = review.status;
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
        application.score = meanOfCompleted(applicationId);
        Application.flush();
        ReviewView view = ReviewView.of(review);
        history.record(HistoryEntry.APPLICATION, applicationId, null, from, review.status,
                EventTypes.REVIEW_COMPLETED, request.conflictOfInterest() ? "conflict of interest: recused" : null);
        outbox.emit(Topics.GRANTS, EventTypes.REVIEW_COMPLETED, applicationId, new ReviewCompleted(
                ApplicationView.eventData(application, programme.currency),
                view.toEventData()));
        return view;
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

    private static BigDecimal meanOfCompleted(UUID applicationId) {
        List<BigDecimal> scores = Review.of(applicationId).stream()
                .filter(r -> r.status == ReviewStatus.COMPLETED)
                .map(r -> r.weightedScore).toList();
        if (scores.isEmpty()) {
            return null;
        }
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
