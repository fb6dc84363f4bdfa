package org.grantsplatform.grants.grant;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.grants.access.Access;
import org.grantsplatform.grants.history.History;
import org.grantsplatform.grants.history.HistoryEntry;
import org.grantsplatform.grants.history.HistoryEntryView;
import org.grantsplatform.grants.metrics.BusinessMetrics;
import org.grantsplatform.grants.money.Amounts;
import org.grantsplatform.grants.programme.Programme;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.Problem.Violation;
import org.grantsplatform.runtime.problem.ProblemException;

/**
 * Tranches, milestone reports and disbursements of a grant. Every change locks the grant first, so
 * the changes of one grant run one at a time.
 */
@ApplicationScoped
public class GrantService {

    /** How far a due date may lie before the award (a schedule recorded after the fact) and after it. */
    private static final Period DUE_AFTER_AWARD = Period.ofYears(10);

    private final Outbox outbox;
    private final Access access;
    private final History history;
    private final BusinessMetrics metrics;

    @Inject
    public GrantService(Outbox outbox, Access access, History history, BusinessMetrics metrics) {
        this.outbox = outbox;
        this.access = access;
        this.history = history;
        this.metrics = metrics;
    }

    @Transactional
    public TrancheView schedule(UUID grantId, TrancheRequest request) {
        Grant grant = lockVisible(grantId);
        requireActive(grant);
        BigDecimal amount = Amounts.of(request.amount());
        checkSchedule(grant, null, amount, request.dueDate());
        Tranche tranche = new Tranche();
        tranche.id = UUID.randomUUID();
        tranche.grant = grant;
        tranche.sequence = grant.tranches.size() + 1;
        tranche.amount = amount;
        tranche.dueDate = request.dueDate();
        tranche.milestone = request.milestone().strip();
        tranche.status = TrancheStatus.PLANNED;
        tranche.reportStatus = MilestoneReportStatus.NONE;
        tranche.persist();
        grant.tranches.add(tranche);
        return changed(grant, tranche, null, TrancheStatus.PLANNED, EventTypes.TRANCHE_SCHEDULED, null);
    }

    /** A PLANNED tranche's amount, due date and milestone change under the rules of scheduling. */
    @Transactional
    public TrancheView reschedule(UUID grantId, UUID trancheId, TrancheUpdate update) {
        Grant grant = lockVisible(grantId);
        requireActive(grant);
        Tranche tranche = trancheOf(grant, trancheId);
        requirePlanned(tranche, "changed");
        if (update.version() != tranche.version) {
            throw ProblemException.conflict("tranche " + trancheId + " is at version " + tranche.version + ", not "
                    + update.version() + "; read it again");
        }
        String milestone = update.milestone().strip();
        if (!milestone.equals(tranche.milestone) && reported(tranche)) {
            throw ProblemException.conflict("the milestone report of tranche " + tranche.sequence + " is "
                    + tranche.reportStatus + "; the milestone it reports on stays as it is");
        }
        BigDecimal amount = Amounts.of(update.amount());
        checkSchedule(grant, tranche, amount, update.dueDate());
        String note = changes(tranche, amount, update.dueDate(), milestone);
        tranche.amount = amount;
        tranche.dueDate = update.dueDate();
        tranche.milestone = milestone;
        return changed(grant, tranche, TrancheStatus.PLANNED, TrancheStatus.PLANNED, EventTypes.TRANCHE_RESCHEDULED,
                note);
    }

    /** A PLANNED tranche leaves the schedule; the later tranches move up one sequence number. */
    @Transactional
    public GrantView cancel(UUID grantId, UUID trancheId) {
        Grant grant = lockVisible(grantId);
        requireActive(grant);
        Tranche tranche = trancheOf(grant, trancheId);
        requirePlanned(tranche, "cancelled");
        if (reported(tranche)) {
            throw ProblemException.conflict("the milestone report of tranche " + tranche.sequence + " is "
                    + tranche.reportStatus + "; a tranche reported on is not cancelled");
        }
        grant.tranches.remove(tranche);
        tranche.delete();
        grant.tranches.stream().filter(t -> t.sequence > tranche.sequence).forEach(t -> t.sequence--);
        Grant.flush();
        history.record(HistoryEntry.GRANT, grant.id, tranche.id, TrancheStatus.PLANNED.name(), "CANCELLED",
                EventTypes.TRANCHE_CANCELLED, "tranche " + tranche.sequence + " of " + tranche.amount.toPlainString()
                        + " " + grant.currency + " due " + tranche.dueDate);
        GrantView view = GrantView.of(grant);
        outbox.emit(Topics.GRANTS, EventTypes.TRANCHE_CANCELLED, grant.id, new GrantEvent(view.toEventData(),
                tranche.id));
        return view;
    }

    /**
     * The rules of a schedule: the tranches (with {@code amount} for {@code changing}, or a new one) never add up
     * to more than the award, and a due date lies from a year before the award to ten years after it.
     */
    private static void checkSchedule(Grant grant, Tranche changing, BigDecimal amount, LocalDate dueDate) {
        List<Violation> failed = new ArrayList<>();
        BigDecimal unscheduled = grant.awarded.subtract(grant.scheduled())
                .add(changing == null ? BigDecimal.ZERO : changing.amount);
        if (amount.compareTo(unscheduled) > 0) {
            failed.add(new Violation("amount", "more than the award not yet scheduled", "tranches-within-award",
                    "<= " + unscheduled.toPlainString(), amount.toPlainString()));
        }
        // Never before the award, so that no export shows money falling due before its commitment.
        LocalDate earliest = grant.awardDate();
        LocalDate latest = earliest.plus(DUE_AFTER_AWARD);
        if (dueDate.isBefore(earliest) || dueDate.isAfter(latest)) {
            failed.add(new Violation("dueDate", "must lie from the award day to ten years after it",
                    "due-date-within-grant-period", earliest + " to " + latest, dueDate.toString()));
        }
        if (!failed.isEmpty()) {
            throw ProblemException.unprocessable(failed.size() == 1 && failed.get(0).field().equals("amount")
                    ? "the tranches would add up to more than the award" : "the tranche does not fit the grant",
                    failed);
        }
    }

    private static void requirePlanned(Tranche tranche, String what) {
        if (tranche.status != TrancheStatus.PLANNED) {
            throw ProblemException.conflict("tranche " + tranche.sequence + " is " + tranche.status + "; only a "
                    + TrancheStatus.PLANNED + " tranche is " + what);
        }
    }

    /** The grantee reported on the tranche's milestone, and the report is not sent back. */
    private static boolean reported(Tranche tranche) {
        return tranche.reportStatus == MilestoneReportStatus.SUBMITTED
                || tranche.reportStatus == MilestoneReportStatus.ACCEPTED;
    }

    /** What a rescheduling changes, for the history. */
    private static String changes(Tranche tranche, BigDecimal amount, LocalDate dueDate, String milestone) {
        List<String> changed = new ArrayList<>();
        if (amount.compareTo(tranche.amount) != 0) {
            changed.add("amount " + tranche.amount.toPlainString() + " → " + amount.toPlainString());
        }
        if (!dueDate.equals(tranche.dueDate)) {
            changed.add("due " + tranche.dueDate + " → " + dueDate);
        }
        if (!milestone.equals(tranche.milestone)) {
            changed.add("milestone changed");
        }
        return changed.isEmpty() ? "unchanged" : String.join("; ", changed);
    }

    @Transactional
    public TrancheView reportMilestone(UUID grantId, UUID trancheId, MilestoneReportRequest report) {
        Grant grant = lockVisible(grantId);
        if (!access.ownsAssociation(grant.associationId)) {
            throw ProblemException.forbidden("only an owner of the grantee association reports on milestones");
        }
        requireActive(grant);
        Tranche tranche = trancheOf(grant, trancheId);
        MilestoneReportStatus from = tranche.moveReportTo(MilestoneReportStatus.SUBMITTED);
        tranche.reportNarrative = report.narrative();
        tranche.reportIndicators.clear();
        if (report.indicators() != null) {
            report.indicators().forEach(i -> tranche.reportIndicators.add(new Indicator(i.name(), i.actual())));
        }
        tranche.reportedBy = access.subject();
        tranche.reportedAt = now();
        tranche.reviewNote = null;
        tranche.reviewedBy = null;
        tranche.reviewedAt = null;
        return changed(grant, tranche, from, MilestoneReportStatus.SUBMITTED, EventTypes.MILESTONE_REPORTED, null);
    }

    @Transactional
    public TrancheView reviewMilestone(UUID grantId, UUID trancheId, MilestoneReviewRequest review) {
        if (!review.accepted() && (review.note() == null || review.note().isBlank())) {
            throw ProblemException.invalid("note", "must say why the report is sent back");
        }
        Grant grant = lockVisible(grantId);
        requireActive(grant);
        Tranche tranche = trancheOf(grant, trancheId);
        MilestoneReportStatus to = review.accepted() ? MilestoneReportStatus.ACCEPTED : MilestoneReportStatus.RETURNED;
        MilestoneReportStatus from = tranche.moveReportTo(to);
        tranche.reviewNote = review.note();
        tranche.reviewedBy = access.subject();
        tranche.reviewedAt = now();
        TrancheView view = changed(grant, tranche, from, to, EventTypes.MILESTONE_REVIEWED, review.note());
        return completeIfFulfilled(grant, view);
    }

    /** PLANNED → REQUESTED; after the first tranche only once the tranche's milestone report is accepted. */
    @Transactional
    public TrancheView requestDisbursement(UUID grantId, UUID trancheId) {
        Grant grant = lockVisible(grantId);
        requireActive(grant);
        Tranche tranche = trancheOf(grant, trancheId);
        TrancheStatus from = tranche.moveTo(TrancheStatus.REQUESTED);
        if (tranche.sequence > 1 && tranche.reportStatus != MilestoneReportStatus.ACCEPTED) {
            throw ProblemException.unprocessable("the tranche's milestone report is not accepted", List.of(
                    new Violation("milestoneReport.status", "after the first tranche, money follows an accepted "
                            + "milestone report", "milestone-accepted", MilestoneReportStatus.ACCEPTED.name(),
                            tranche.reportStatus.name())));
        }
        tranche.requestedBy = access.subject();
        tranche.requestedAt = now();
        return changed(grant, tranche, from, TrancheStatus.REQUESTED, EventTypes.DISBURSEMENT_REQUESTED, null);
    }

    /** REQUESTED → APPROVED by the programme's donor, who must not be the one who requested it (four eyes). */
    @Transactional
    public TrancheView approve(UUID grantId, UUID trancheId) {
        Grant grant = lockVisible(grantId);
        if (!access.isDonorOf(Programme.findById(grant.programmeId))) {
            throw ProblemException.forbidden("only the programme's donor approves its disbursements");
        }
        Tranche tranche = trancheOf(grant, trancheId);
        TrancheStatus from = tranche.moveTo(TrancheStatus.APPROVED);
        if (access.subject().equals(tranche.requestedBy)) {
            throw ProblemException.forbidden("four eyes: who requested a disbursement cannot approve it");
        }
        tranche.approvedBy = access.subject();
        tranche.approvedAt = now();
        return changed(grant, tranche, from, TrancheStatus.APPROVED, EventTypes.DISBURSEMENT_APPROVED, null);
    }

    @Transactional
    public TrancheView pay(UUID grantId, UUID trancheId, PaymentRequest payment) {
        Grant grant = lockVisible(grantId);
        Tranche tranche = trancheOf(grant, trancheId);
        // Dated within the grant's life, so that no export shows a disbursement before its commitment.
        requireNotBeforeAward(grant, payment.paidOn(), "paidOn", "paid-after-award",
                "a payment cannot predate the award");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (payment.paidOn().isAfter(today)) {
            throw ProblemException.unprocessable("a payment cannot be dated in the future", List.of(new Violation(
                    "paidOn", "after today", "paid-not-in-future", "<= " + today, payment.paidOn().toString())));
        }
        TrancheStatus from = tranche.moveTo(TrancheStatus.PAID);
        tranche.paidOn = payment.paidOn();
        tranche.paymentReference = payment.reference().strip();
        tranche.paidBy = access.subject();
        metrics.disbursed(grant.currency, tranche.amount);
        TrancheView view = changed(grant, tranche, from, TrancheStatus.PAID, EventTypes.DISBURSEMENT_PAID,
                "reference " + tranche.paymentReference);
        return completeIfFulfilled(grant, view);
    }

    @Transactional
    public Page<GrantView> list(GrantFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        String scope = access.scope("g.programmeId", "g.associationId", "g.applicationId", null, null, params);
        if (scope != null) {
            where.add(scope);
        }
        if (filter.programmeId != null) {
            where.add("g.programmeId = :programmeId");
            params.and("programmeId", filter.programmeId);
        }
        if (filter.associationId != null) {
            where.add("g.associationId = :associationId");
            params.and("associationId", filter.associationId);
        }
        if (filter.status != null) {
            where.add("g.status = :status");
            params.and("status", filter.status);
        }
        if (filter.trancheStatus != null) {
            where.add("exists (select t from Tranche t where t.grant = g and t.status = :trancheStatus)");
            params.and("trancheStatus", filter.trancheStatus);
        }
        if (filter.milestoneReportStatus != null) {
            where.add("exists (select t from Tranche t where t.grant = g and t.reportStatus = :reportStatus)");
            params.and("reportStatus", filter.milestoneReportStatus);
        }
        if (filter.milestoneReportDue != null) {
            where.add(filter.milestoneReportDue ? Tranche.MILESTONE_REPORT_DUE
                    : "not " + Tranche.MILESTONE_REPORT_DUE);
            Tranche.bindMilestoneReportDue(params);
        }
        String query = "from Grant g" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Grant> found = Grant.find(query, Sort.by("awardedAt").and("id"), params);
        return new Page<>(found.page(page.toPanache()).list().stream().map(GrantView::of).toList(),
                page.page, page.size, found.count());
    }

    @Transactional
    public GrantView get(UUID id) {
        return GrantView.of(visible(Grant.findById(id), id));
    }

    @Transactional
    public TrancheView tranche(UUID id, UUID trancheId) {
        return TrancheView.of(trancheOf(visible(Grant.findById(id), id), trancheId));
    }

    @Transactional
    public Page<HistoryEntryView> history(UUID id, PageRequest page) {
        visible(Grant.findById(id), id);
        return history.of(HistoryEntry.GRANT, id, page);
    }

    private static void requireNotBeforeAward(Grant grant, LocalDate date, String field, String rule, String detail) {
        LocalDate awarded = grant.awardDate();
        if (date.isBefore(awarded)) {
            throw ProblemException.unprocessable(detail, List.of(new Violation(field, "before the award of " + awarded,
                    rule, ">= " + awarded, date.toString())));
        }
    }

    private Grant lockVisible(UUID id) {
        return visible(Grant.lockForChange(id).orElse(null), id);
    }

    /** A grant is in the caller's scope when its application is. */
    private Grant visible(Grant grant, UUID id) {
        if (grant == null || !access.sees(grant, Programme.findById(grant.programmeId))) {
            throw ProblemException.notFound("grant", id);
        }
        return grant;
    }

    private static Tranche trancheOf(Grant grant, UUID trancheId) {
        return grant.tranche(trancheId).orElseThrow(() -> ProblemException.notFound("tranche", trancheId));
    }

    private static void requireActive(Grant grant) {
        if (grant.status != GrantStatus.ACTIVE) {
            throw ProblemException.conflict("grant is " + grant.status + "; it takes no more changes");
        }
    }

    private TrancheView changed(Grant grant, Tranche tranche, Enum<?> from, Enum<?> to, String eventType, String note) {
        Grant.flush();
        history.record(HistoryEntry.GRANT, grant.id, tranche.id, from, to, eventType, note);
        outbox.emit(Topics.GRANTS, eventType, grant.id, new GrantEvent(GrantView.of(grant).toEventData(), tranche.id));
        return TrancheView.of(tranche);
    }

    /** The grant completes once every tranche of a schedule covering the award is paid and the last milestone accepted. */
    private TrancheView completeIfFulfilled(Grant grant, TrancheView answer) {
        if (grant.fulfilled()) {
            grant.status = GrantStatus.COMPLETED;
            Grant.flush();
            history.record(HistoryEntry.GRANT, grant.id, null, GrantStatus.ACTIVE, GrantStatus.COMPLETED,
                    EventTypes.GRANT_COMPLETED, null);
            outbox.emit(Topics.GRANTS, EventTypes.GRANT_COMPLETED, grant.id,
                    new GrantEvent(GrantView.of(grant).toEventData(), null));
        }
        return answer;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
