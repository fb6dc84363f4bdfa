package org.grantsplatform.grants.programme;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.grants.access.Access;
import org.grantsplatform.grants.money.Amounts;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.Problem;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

@ApplicationScoped
public class ProgrammeService {

    private final Outbox outbox;
    private final Caller caller;
    private final Access access;

    @Inject
    public ProgrammeService(Outbox outbox, Caller caller, Access access) {
        this.outbox = outbox;
        this.caller = caller;
        this.access = access;
    }

    /** The caller creates a draft and becomes its donor. */
    @Transactional
    public ProgrammeView create(ProgrammeRequest request) {
        checkConsistent(request);
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.ownerSubject = caller.subject();
        programme.status = ProgrammeStatus.DRAFT;
        programme.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        apply(request, programme);
        programme.persist();
        return ProgrammeView.of(programme);
    }

    @Transactional
    public ProgrammeView update(UUID id, ProgrammeRequest request) {
        Programme programme = visible(id);
        requireOwner(programme);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "must be the version read, to update");
        }
        if (request.version() != programme.version) {
            throw ProblemException.conflict("programme " + id + " is at version " + programme.version
                    + ", not " + request.version() + "; read it again");
        }
        if (programme.status != ProgrammeStatus.DRAFT) {
            throw ProblemException.conflict("programme is " + programme.status + "; only a DRAFT can be edited");
        }
        checkConsistent(request);
        apply(request, programme);
        Programme.flush();
        return ProgrammeView.of(programme);
    }

    @Transactional
    public ProgrammeView publish(UUID id) {
        return move(id, ProgrammeStatus.OPEN, EventTypes.PROGRAMME_PUBLISHED);
    }

    @Transactional
    public ProgrammeView close(UUID id) {
        return move(id, ProgrammeStatus.CLOSED, EventTypes.PROGRAMME_CLOSED);
    }

    @Transactional
    public Page<ProgrammeView> list(ProgrammeFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String scope = access.programmeScope("p.status", "p.ownerSubject", ProgrammeStatus.DRAFT, params);
        if (scope != null) {
            where.add(scope);
        }
        if (filter.status != null) {
            where.add("p.status = :status");
            params.and("status", filter.status);
        }
        if (filter.window != null) {
            where.add(":window member of p.windows");
            params.and("window", filter.window);
        }
        String query = "from Programme p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Programme> found = Programme.find(query, Sort.by("createdAt").and("id"), params);
        return new Page<>(found.page(page.toPanache()).list().stream().map(ProgrammeView::of).toList(),
                page.page, page.size, found.count());
    }

    @Transactional
    public ProgrammeView get(UUID id) {
        return ProgrammeView.of(visible(id));
    }

    /** A programme the caller may know of: drafts only to their donor, program managers and admins. */
    public Programme visible(UUID id) {
        Programme programme = Programme.findById(id);
        if (programme == null || !access.sees(programme)) {
            throw ProblemException.notFound("programme", id);
        }
        return programme;
    }

    private void requireOwner(Programme programme) {
        if (!access.mayChange(programme)) {
            throw ProblemException.forbidden("only the programme's donor or an admin may change it");
        }
    }

    private ProgrammeView move(UUID id, ProgrammeStatus next, String eventType) {
        Programme programme = visible(id);
        requireOwner(programme);
        programme.moveTo(next);
        Programme.flush();
        ProgrammeView view = ProgrammeView.of(programme);
        outbox.emit(Topics.GRANTS, eventType, programme.id, new ProgrammeEvent(view.toEventData()));
        return view;
    }

    /** Rules across fields that annotations cannot express; every one that fails is named. */
    private static void checkConsistent(ProgrammeRequest request) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (request.maxGrant().compareTo(request.budget()) > 0) {
            violations.add(new Problem.Violation("maxGrant", "must be at most the budget"));
        }
        if (request.closesOn().isBefore(request.opensOn())) {
            violations.add(new Problem.Violation("closesOn", "must be on or after opensOn"));
        }
        BigDecimal weights = request.rubric().stream().map(ProgrammeRequest.Criterion::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.compareTo(BigDecimal.ONE) != 0) {
            violations.add(new Problem.Violation("rubric", "weights must add up to exactly 1, not " + weights));
        }
        if (new HashSet<>(request.rubric().stream().map(c -> c.criterion().strip()).toList()).size()
                != request.rubric().size()) {
            violations.add(new Problem.Violation("rubric", "criterion names must be unique"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "Invalid request", violations.stream()
                    .map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    violations);
        }
    }

    private static void apply(ProgrammeRequest request, Programme programme) {
        programme.name = request.name().strip();
        programme.description = request.description();
        programme.donorName = request.donorName().strip();
        programme.currency = request.currency();
        programme.budget = Amounts.of(request.budget());
        programme.maxGrant = Amounts.of(request.maxGrant());
        programme.windows.clear();
        programme.windows.addAll(request.windows());
        programme.opensOn = request.opensOn();
        programme.closesOn = request.closesOn();
        ProgrammeRequest.EligibilityRequest eligibility = request.eligibility();
        programme.regions.clear();
        if (eligibility.regions() != null) {
            programme.regions.addAll(eligibility.regions());
        }
        programme.requireVerified = eligibility.requireVerified();
        programme.minTransparencyRate = eligibility.minTransparencyRate();
        programme.minMemberCount = eligibility.minMemberCount();
        programme.rubric.clear();
        request.rubric().forEach(c -> programme.rubric.add(new RubricCriterion(c.criterion().strip(), c.weight(),
                c.maxScore())));
    }
}
