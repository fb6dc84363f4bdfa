package org.grantsplatform.grants.grant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.runtime.problem.ProblemException;

/** A scheduled part of a grant's money, paid once its milestone (after the first) is accepted. */
@Entity
public class Tranche extends PanacheEntityBase {

    /** The report states in which a report is still to give. */
    private static final Set<MilestoneReportStatus> REPORT_OWED = EnumSet.of(MilestoneReportStatus.NONE,
            MilestoneReportStatus.RETURNED);

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_id")
    public Grant grant;

    /** 1 for the first tranche, which needs no milestone report before its disbursement. */
    public int sequence;
    public BigDecimal amount;
    public LocalDate dueDate;
    public String milestone;

    @Enumerated(EnumType.STRING)
    public TrancheStatus status;

    @Enumerated(EnumType.STRING)
    public MilestoneReportStatus reportStatus;
    public String reportNarrative;

    @ElementCollection
    @CollectionTable(name = "tranche_indicator", joinColumns = @JoinColumn(name = "tranche_id"))
    @OrderColumn(name = "position")
    public List<Indicator> reportIndicators = new ArrayList<>();

    public String reportedBy;
    public Instant reportedAt;
    public String reviewNote;
    public String reviewedBy;
    public Instant reviewedAt;
    public String requestedBy;
    public Instant requestedAt;
    public String approvedBy;
    public Instant approvedAt;
    public LocalDate paidOn;
    public String paymentReference;
    public String paidBy;

    @Version
    public long version;

    /**
     * The grantee owes a report on this tranche's milestone: the grant is ACTIVE, the report is not given
     * (NONE) or was sent back (RETURNED), and money or completion waits for it: this tranche's disbursement
     * (every tranche after the first) or the grant's completion (the last tranche of a paid schedule covering
     * the award). {@link #MILESTONE_REPORT_DUE} is the same rule for queries.
     */
    public boolean milestoneReportDue() {
        return grant.status == GrantStatus.ACTIVE && REPORT_OWED.contains(reportStatus)
                && (sequence > 1 || grant.completesWithReportOn(this));
    }

    /**
     * {@link #milestoneReportDue()} as a JPQL condition: some tranche of the grant {@code g} owes its report.
     * Its parameters are {@link #milestoneReportDueParameters}.
     */
    static final String MILESTONE_REPORT_DUE = "(g.status = :dueActive and exists (select t from Tranche t"
            + " where t.grant = g and t.reportStatus in :dueOwed and (t.sequence > 1"
            + " or (g.awarded = (select sum(s.amount) from Tranche s where s.grant = g)"
            + " and not exists (select u from Tranche u where u.grant = g"
            + " and (u.status <> :duePaid or u.sequence > t.sequence))))))";

    static Parameters milestoneReportDueParameters(Parameters params) {
        return params.and("dueActive", GrantStatus.ACTIVE).and("dueOwed", REPORT_OWED)
                .and("duePaid", TrancheStatus.PAID);
    }

    /** @return the status it left */
    public TrancheStatus moveTo(TrancheStatus next) {
        if (!status.canMoveTo(next)) {
            throw ProblemException.conflict("tranche " + sequence + " is " + status + " and cannot become " + next);
        }
        TrancheStatus from = status;
        status = next;
        return from;
    }

    /** @return the report status it left */
    public MilestoneReportStatus moveReportTo(MilestoneReportStatus next) {
        if (!reportStatus.canMoveTo(next)) {
            throw ProblemException.conflict("the milestone report of tranche " + sequence + " is " + reportStatus
                    + " and cannot become " + next);
        }
        MilestoneReportStatus from = reportStatus;
        reportStatus = next;
        return from;
    }
}
