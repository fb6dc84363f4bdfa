package org.grantsplatform.grants.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.grants.access.Access;
import org.grantsplatform.grants.association.AssociationFact;
import org.grantsplatform.grants.grant.Grant;
import org.grantsplatform.grants.grant.GrantStatus;
import org.grantsplatform.grants.grant.GrantView;
import org.grantsplatform.grants.history.History;
import org.grantsplatform.grants.history.HistoryEntry;
import org.grantsplatform.grants.history.HistoryEntryView;
import org.grantsplatform.grants.metrics.BusinessMetrics;
import org.grantsplatform.grants.money.Amounts;
import org.grantsplatform.grants.programme.Programme;
import org.grantsplatform.grants.programme.ProgrammeService;
import org.grantsplatform.grants.programme.ProgrammeStatus;
import org.grantsplatform.grants.programme.ProgrammeView;
import org.grantsplatform.grants.review.MyReviewView;
import org.grantsplatform.grants.review.Review;
import org.grantsplatform.grants.review.ReviewView;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.Problem.Violation;
import org.grantsplatform.runtime.problem.ProblemException;

@ApplicationScoped
public class ApplicationService {

    private final Outbox outbox;
    private final Access access;
    private final ProgrammeService programmes;
    private final History history;
    private final BusinessMetrics metrics;

    @Inject
    public ApplicationService(Outbox outbox, Access access, ProgrammeService programmes, History history,
            BusinessMetrics metrics) {
        this.outbox = outbox;
        this.access = access;
        this.programmes = programmes;
        this.history = history;
        this.metrics = metrics;
    }

    /** A draft for an OPEN programme, by an owner of the association it is for. */
    @Transactional
    public ApplicationView create(ApplicationRequest request) {
        Programme programme = Programme.findById(request.programmeId());
        if (programme == null || !access.sees(programme)) {
            throw ProblemException.unprocessable("the programme does not exist", List.of(new Violation("programmeId",
                    "no such programme", "programme-exists", "an OPEN programme", request.programmeId().toString())));
        }
        if (programme.status != ProgrammeStatus.OPEN) {
            throw ProblemException.conflict("programme is " + programme.status + "; drafts are for OPEN programmes");
        }
        if (AssociationFact.findById(request.associationId()) == null) {
            throw ProblemException.unprocessable("the association is not known to grants-service yet",
                    List.of(new Violation("associationId", "no event about this association has arrived",
                            "association-known", "an association known from associations events", "unknown")));
        }
        if (!access.ownsAssociation(request.associationId())) {
            throw ProblemException.forbidden("only an owner of the association may apply for it");
        }
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.programmeId = programme.id;
        application.associationId = request.associationId();
        application.status = ApplicationStatus.DRAFT;
        application.createdBy = access.subject();
        application.createdAt = now();
        apply(request, application);
        application.persist();
        history.record(HistoryEntry.APPLICATION, application.id, null, null, ApplicationStatus.DRAFT, null, null);
        return view(application, programme);
    }

    @Transactional
    public ApplicationView update(UUID id, ApplicationRequest request) {
        Application application = visible(id);
        requireOwner(application);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "must be the version read, to update");
        }
        if (request.version() != application.version) {
            throw ProblemException.conflict("application " + id + " is at version " + application.version
                    + ", not " + request.version() + "; read it again");
        }
        application.requireStatus(ApplicationStatus.DRAFT, "editing");
        if (!request.programmeId().equals(application.programmeId)) {
            throw ProblemException.invalid("programmeId", "cannot change; draft a new application instead");
        }
        if (!request.associationId().equals(application.associationId)) {
            throw ProblemException.invalid("associationId", "cannot change; draft a new application instead");
        }
        apply(request, application);
        Application.flush();
        return view(application, programmeOf(application));
    }

    /** DRAFT → SUBMITTED when every eligibility rule passes; otherwise a 422 naming each failed rule. */
    @Transactional
    public ApplicationView submit(UUID id) {
        Application application = visible(id);
        requireOwner(application);
        application.requireStatus(ApplicationStatus.DRAFT, "submitting");
        Programme programme = programmeOf(application);
        List<Violation> failed = Eligibility.check(application, programme,
                AssociationFact.findById(application.associationId), today());
        if (!failed.isEmpty()) {
            throw ProblemException.unprocessable("the application is not eligible: " + failed.size()
                    + " rule(s) failed", failed);
        }
        ApplicationStatus from = application.moveTo(ApplicationStatus.SUBMITTED);
        application.submittedAt = now();
        metrics.applicationSubmitted();
        return transition(application, programme, from, EventTypes.APPLICATION_SUBMITTED, null);
    }

    /**
     * Whether the association may apply to the programme today, by the rules of submission that do not depend
     * on the application. A programme the caller may not see is a 404, and so, for an applicant, is an
     * association they do not own (or one grants-service has not learnt of).
     */
    @Transactional
    public EligibilityView eligibility(UUID programmeId, UUID associationId) {
        Programme programme = programmes.visible(programmeId);
        if (!access.mayCheckEligibilityOf(associationId)) {
            throw ProblemException.notFound("association", associationId);
        }
        LocalDate today = today();
        return EligibilityView.of(programme.id, associationId, today,
                Eligibility.ofAssociation(programme, AssociationFact.findById(associationId), today));
    }

    @Transactional
    public ApplicationView withdraw(UUID id, String note) {
        Application application = visible(id);
        requireOwner(application);
        ApplicationStatus from = application.moveTo(ApplicationStatus.WITHDRAWN);
        return transition(application, programmeOf(application), from, EventTypes.APPLICATION_WITHDRAWN, note);
    }

    @Transactional
    public ApplicationView screen(UUID id, ScreeningRequest screening) {
        Application application = visible(id);
        if (!screening.eligible() && (screening.note() == null || screening.note().isBlank())) {
            throw ProblemException.invalid("note", "must say why the application is not eligible");
        }
        ApplicationStatus from = application.moveTo(screening.eligible()
                ? ApplicationStatus.UNDER_REVIEW : ApplicationStatus.INELIGIBLE);
        return transition(application, programmeOf(application), from, EventTypes.APPLICATION_SCREENED,
                screening.note());
    }

    /**
     * The programme's donor awards or rejects. The programme row stays locked until the commit, so
     * awards on one programme run one at a time and none can spend what another already committed.
     */
    @Transactional
    public ApplicationView decide(UUID id, DecisionRequest decision) {
        Application application = Application.findById(id);
        if (application == null) {
            throw ProblemException.notFound("application", id);
        }
        Programme programme = Programme.lockForAward(application.programmeId).orElseThrow();
        requireDonorDeciding(application, programme);
        requireCompleteDecision(decision);
        boolean award = decision.outcome() == DecisionRequest.Verdict.AWARD;
        ApplicationStatus from = application.moveTo(award ? ApplicationStatus.AWARDED : ApplicationStatus.REJECTED);
        application.decidedAt = now();
        application.decisionReason = decision.reason();
        Grant grant = award ? award(application, programme, Amounts.of(decision.amount())) : null;
        Application.flush();
        recordDecision(application, from, grant, decision.reason());
        outbox.emit(Topics.GRANTS, EventTypes.APPLICATION_DECIDED, application.id, new ApplicationDecided(
                ApplicationView.eventData(application, programme.currency), ProgrammeView.of(programme).toEventData(),
                grant == null ? null : GrantView.of(grant).toEventData()));
        return view(application, programme);
    }

    /** Out of scope is a 404 as anywhere; in scope, only the programme's donor decides. */
    private void requireDonorDeciding(Application application, Programme programme) {
        if (!access.sees(application, programme)) {
            throw ProblemException.notFound("application", application.id);
        }
        if (!access.isDonorOf(programme)) {
            throw ProblemException.forbidden("only the programme's donor decides on its applications");
        }
    }

    /** An award names its amount; a rejection names no amount and says why. */
    private static void requireCompleteDecision(DecisionRequest decision) {
        boolean award = decision.outcome() == DecisionRequest.Verdict.AWARD;
        if (award && decision.amount() == null) {
            throw ProblemException.invalid("amount", "is required for an award");
        }
        if (!award && decision.amount() != null) {
            throw ProblemException.invalid("amount", "must be absent for a rejection");
        }
        if (!award && (decision.reason() == null || decision.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required for a rejection");
        }
    }

    /** The award spends the programme's budget and becomes a grant. */
    private Grant award(Application application, Programme programme, BigDecimal amount) {
        checkAffordable(application, programme, amount);
        programme.commit(amount);
        application.awardedAmount = amount;
        Grant grant = Grant.award(application.id, programme.id, application.associationId, application.title,
                programme.currency, amount, application.decidedAt);
        grant.persist();
        metrics.awarded(programme.currency, amount);
        return grant;
    }

    /** The decision in the application's history and, for an award, the start of the grant's. */
    private void recordDecision(Application application, ApplicationStatus from, Grant grant, String reason) {
        history.record(HistoryEntry.APPLICATION, application.id, null, from, application.status,
                EventTypes.APPLICATION_DECIDED, reason);
        if (grant != null) {
            history.record(HistoryEntry.GRANT, grant.id, null, null, GrantStatus.ACTIVE, EventTypes.APPLICATION_DECIDED,
                    reason);
        }
    }

    @Transactional
    public Page<ApplicationView> list(ApplicationFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String scope = access.scope("a.programmeId", "a.associationId", "a.id", "a.status", ApplicationStatus.DRAFT,
                params);
        if (scope != null) {
            where.add(scope);
        }
        if (filter.programmeId != null) {
            where.add("a.programmeId = :programmeId");
            params.and("programmeId", filter.programmeId);
        }
        if (filter.status != null) {
            where.add("a.status = :status");
            params.and("status", filter.status);
        }
        if (filter.associationId != null) {
            where.add("a.associationId = :associationId");
            params.and("associationId", filter.associationId);
        }
        if (filter.reviewStatus != null) {
            where.add("a.id in (select r.applicationId from Review r where r.reviewerSubject = :reviewer"
                    + " and r.status = :reviewStatus)");
            params.and("reviewer", access.subject()).and("reviewStatus", filter.reviewStatus);
        }
        String query = "from Application a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Application> found = Application.find(query, Sort.by("createdAt").and("id"), params);
        List<Application> applications = found.page(page.toPanache()).list();
        return new Page<>(views(applications), page.page, page.size, found.count());
    }

    /** The page's programmes, reviews and grants in one query each rather than a few per application. */
    private List<ApplicationView> views(List<Application> applications) {
        if (applications.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = applications.stream().map(a -> a.id).toList();
        Map<UUID, Programme> programmes = Programme.<Programme>list("id in ?1",
                applications.stream().map(a -> a.programmeId).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        Map<UUID, List<Review>> reviews = Review.ofAll(ids).stream()
                .collect(Collectors.groupingBy(r -> r.applicationId));
        Map<UUID, UUID> grants = Grant.idsByApplication(applications.stream()
                .filter(a -> a.status == ApplicationStatus.AWARDED).map(a -> a.id).toList());
        return applications.stream().map(a -> view(a, programmes.get(a.programmeId),
                reviews.getOrDefault(a.id, List.of()), grants.get(a.id))).toList();
    }

    @Transactional
    public ApplicationView get(UUID id) {
        Application application = visible(id);
        return view(application, programmeOf(application));
    }

    /**
     * Like the reviews themselves, other reviewers' entries stay hidden from whom may not see all reviews yet, and
     * the applying association's owners see the review entries of a decided application without their authors.
     */
    @Transactional
    public Page<HistoryEntryView> history(UUID id, PageRequest page) {
        Application application = visible(id);
        Programme programme = programmeOf(application);
        if (!access.seesAllReviews(application, programme)) {
            return history.ofOwn(EventTypes.REVIEW_COMPLETED, HistoryEntry.APPLICATION, id, page);
        }
        if (access.knowsReviewers(programme, Review.isAssigned(id, access.subject()))) {
            return history.of(HistoryEntry.APPLICATION, id, page);
        }
        return history.withoutActors(EventTypes.REVIEW_COMPLETED, HistoryEntry.APPLICATION, id, page);
    }

    /** An application in the caller's scope; any other is a 404, as if it did not exist. */
    Application visible(UUID id) {
        Application application = Application.findById(id);
        if (application == null || !access.sees(application, programmeOf(application))) {
            throw ProblemException.notFound("application", id);
        }
        return application;
    }

    ApplicationView view(Application application, Programme programme) {
        UUID grantId = application.status == ApplicationStatus.AWARDED
                ? Grant.ofApplication(application.id).map(g -> g.id).orElse(null) : null;
        return view(application, programme, Review.of(application.id), grantId);
    }

    private ApplicationView view(Application application, Programme programme, List<Review> allReviews,
            UUID grantId) {
        boolean seesAll = access.seesAllReviews(application, programme);
        boolean knowsReviewers = access.knowsReviewers(programme,
                allReviews.stream().anyMatch(r -> r.reviewerSubject.equals(access.subject())));
        List<ReviewView> reviews = allReviews.stream()
                .filter(r -> seesAll || r.reviewerSubject.equals(access.subject()))
                .map(r -> knowsReviewers ? ReviewView.of(r) : ReviewView.anonymous(r)).toList();
        MyReviewView myReview = !access.isReviewer() ? null : allReviews.stream()
                .filter(r -> r.reviewerSubject.equals(access.subject())).findFirst()
                .map(r -> MyReviewView.of(r, application.status == ApplicationStatus.UNDER_REVIEW)).orElse(null);
        return ApplicationView.of(application, programme.currency, seesAll ? application.score : null, grantId,
                reviews, myReview);
    }

    static Programme programmeOf(Application application) {
        return Programme.findById(application.programmeId);
    }

    private ApplicationView transition(Application application, Programme programme, ApplicationStatus from,
            String eventType, String note) {
        Application.flush();
        history.record(HistoryEntry.APPLICATION, application.id, null, from, application.status, eventType, note);
        outbox.emit(Topics.GRANTS, eventType, application.id,
                new ApplicationEvent(ApplicationView.eventData(application, programme.currency), note));
        return view(application, programme);
    }

    private void requireOwner(Application application) {
        if (!access.ownsAssociation(application.associationId)) {
            throw ProblemException.forbidden("only an owner of the association may do this");
        }
    }

    private static void checkAffordable(Application application, Programme programme, BigDecimal amount) {
        List<Violation> failed = new ArrayList<>();
        if (amount.compareTo(application.requestedAmount) > 0) {
            failed.add(new Violation("amount", "more than the application requested", "award-within-request",
                    "<= " + application.requestedAmount.toPlainString(), amount.toPlainString()));
        }
        if (amount.compareTo(programme.remaining()) > 0) {
            failed.add(new Violation("amount", "more than the programme's remaining budget",
                    "award-within-remaining-budget", "<= " + programme.remaining().toPlainString(),
                    amount.toPlainString()));
        }
        if (!failed.isEmpty()) {
            throw ProblemException.unprocessable("the award cannot be made", failed);
        }
    }

    private static void apply(ApplicationRequest request, Application application) {
        application.title = request.title().strip();
        application.summary = request.summary();
        application.window = request.window();
        application.strategies.clear();
        if (request.strategies() != null) {
            application.strategies.addAll(request.strategies());
        }
        application.requestedAmount = Amounts.of(request.requestedAmount());
        application.budgetLines.clear();
        if (request.budgetLines() != null) {
            request.budgetLines().forEach(l -> application.budgetLines.add(
                    new BudgetLine(l.category().strip(), l.description(), Amounts.of(l.amount()))));
        }
        application.outcomes.clear();
        if (request.outcomes() != null) {
            request.outcomes().forEach(o -> application.outcomes.add(new Outcome(o.indicator(), o.baseline(),
                    o.target())));
        }
        application.durationMonths = request.durationMonths();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The day eligibility is checked on: programme dates are calendar dates, read in UTC. */
    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
