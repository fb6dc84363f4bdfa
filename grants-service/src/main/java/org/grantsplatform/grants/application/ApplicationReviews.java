package org.grantsplatform.grants.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.grants.ReviewCompleted;
import org.grantsplatform.events.grants.ReviewerUnassigned;
import org.grantsplatform.grants.association.AssociationFact;
import org.grantsplatform.grants.history.History;
import org.grantsplatform.grants.history.HistoryEntry;
import org.grantsplatform.grants.programme.Programme;
import org.grantsplatform.grants.review.Review;
import org.grantsplatform.grants.review.ReviewRequest;
import org.grantsplatform.grants.review.ReviewService;
import org.grantsplatform.grants.review.ReviewStatus;
import org.grantsplatform.grants.review.ReviewView;
import org.grantsplatform.grants.review.ReviewerWorkload;
import org.grantsplatform.grants.review.ReviewerWorkloads;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.Problem.Violation;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

/**
 * An application's review: reviewers are assigned and unassigned while it is SUBMITTED or UNDER_REVIEW, and give
 * their reviews, which make its score, while it is UNDER_REVIEW. The reviews themselves are the review package's.
 */
@ApplicationScoped
public class ApplicationReviews implements ReviewerWorkloads {

    private static final Set<ApplicationStatus> TAKING_REVIEWERS = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW);

    private final Outbox outbox;
    private final Caller caller;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final History history;

    @Inject
    public ApplicationReviews(Outbox outbox, Caller caller, ApplicationService applications, ReviewService reviews,
            History history) {
        this.outbox = outbox;
        this.caller = caller;
        this.applications = applications;
        this.reviews = reviews;
        this.history = history;
    }

    /**
     * Adds reviewers, known to the directory ({@code Reviewers#checkedSubjects}); reviewers already assigned stay as
     * they are. An owner of the applying association never reviews it.
     */
    @Transactional
    public ApplicationView assign(UUID applicationId, List<String> subjects) {
        Application application = applications.visible(applicationId);
        requireTakingReviewers(application);
        requireNoOwner(application, subjects);
        reviews.assign(applicationId, subjects);
        return applications.view(application, ApplicationService.programmeOf(application));
    }

    /** Takes back an assignment the reviewer has not acted on: neither reviewed nor recused. */
    @Transactional
    public ApplicationView unassign(UUID applicationId, String subject) {
        Application application = applications.visible(applicationId);
        requireTakingReviewers(application);
        Review review = reviews.unassign(applicationId, subject);
        Programme programme = ApplicationService.programmeOf(application);
        outbox.emit(Topics.GRANTS, EventTypes.REVIEWER_UNASSIGNED, applicationId, new ReviewerUnassigned(
                ApplicationView.eventData(application, programme.currency), review.id, subject, caller.subject()));
        return applications.view(application, programme);
    }

    /**
     * An assigned reviewer gives (or replaces, until the decision) their review, or recuses; the application's score
     * is the mean of the completed reviews' weighted scores.
     */
    @Transactional
    public ReviewView submitMine(UUID applicationId, ReviewRequest request) {
        Application application = applications.visible(applicationId);
        Review review = reviews.mine(applicationId);
        if (!review.takesReviewWhile(application.status == ApplicationStatus.UNDER_REVIEW)) {
            throw ProblemException.conflict(review.status == ReviewStatus.RECUSED
                    ? "you recused yourself from this application"
                    : "application is " + application.status + "; reviewing needs " + ApplicationStatus.UNDER_REVIEW);
        }
        Programme programme = ApplicationService.programmeOf(application);
        ReviewStatus from = review.status;
        reviews.give(review, request, programme);
        application.score = reviews.meanOfCompleted(applicationId);
        Application.flush();
        ReviewView view = ReviewView.of(review);
        history.record(HistoryEntry.APPLICATION, applicationId, null, from, review.status,
                EventTypes.REVIEW_COMPLETED, request.conflictOfInterest() ? "conflict of interest: recused" : null);
        outbox.emit(Topics.GRANTS, EventTypes.REVIEW_COMPLETED, applicationId, new ReviewCompleted(
                ApplicationView.eventData(application, programme.currency),
                view.toEventData()));
        return view;
    }

    /** Open reviews are those still to give on applications taking reviewers; completed ones count on any. */
    @Override
    @Transactional
    public Map<String, ReviewerWorkload> workloadOf(List<String> reviewerSubjects) {
        Map<String, ReviewerWorkload> workload = new HashMap<>();
        if (reviewerSubjects.isEmpty()) {
            return workload;
        }
        Application.getEntityManager().createQuery("select r.reviewerSubject,"
                        + " sum(case when r.status = :assigned and a.status in :waiting then 1 else 0 end),"
                        + " sum(case when r.status = :completed then 1 else 0 end)"
                        + " from Review r, Application a where a.id = r.applicationId"
                        + " and r.reviewerSubject in :subjects group by r.reviewerSubject", Object[].class)
                .setParameter("assigned", ReviewStatus.ASSIGNED)
                .setParameter("waiting", TAKING_REVIEWERS)
                .setParameter("completed", ReviewStatus.COMPLETED)
                .setParameter("subjects", reviewerSubjects)
                .getResultStream()
                .forEach(r -> workload.put((String) r[0], new ReviewerWorkload(((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue())));
        return workload;
    }

    private static void requireTakingReviewers(Application application) {
        if (!TAKING_REVIEWERS.contains(application.status)) {
            throw ProblemException.conflict("application is " + application.status
                    + "; reviewers are assigned and unassigned while it is SUBMITTED or UNDER_REVIEW");
        }
    }

    private static void requireNoOwner(Application application, List<String> subjects) {
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
    }
}
