package org.grantsplatform.associations.spreport;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.associations.association.Association;
import org.grantsplatform.associations.association.AssociationService;
import org.grantsplatform.associations.member.Member;
import org.grantsplatform.associations.member.MemberService;
import org.grantsplatform.associations.transparency.TransparencyService;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.SpReportSubmitted;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.outbox.Outbox;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Caller;

@ApplicationScoped
public class SpReportService {

    private final AssociationService associations;
    private final MemberService members;
    private final TransparencyService transparency;
    private final Outbox outbox;
    private final Caller caller;

    @Inject
    public SpReportService(AssociationService associations, MemberService members, TransparencyService transparency,
            Outbox outbox, Caller caller) {
        this.associations = associations;
        this.members = members;
        this.transparency = transparency;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * Creates the member's report for the year (no {@code version} given) or replaces it as a whole
     * (the version read given). The event carries the year's new transparency.
     */
    @Transactional
    public SpReportView submit(UUID associationId, UUID memberId, int year, SpReportRequest request) {
        if (request.hasAmounts() && request.currency() == null) {
            throw ProblemException.invalid("currency", "must be given with grossLoanPortfolio or averageLoanSize");
        }
        Association association = associations.findForChange(associationId);
        Member member = members.find(association.id, memberId);
        SpReport report = SpReport.of(member, year);
        if (report == null) {
            if (request.version() != null) {
                throw ProblemException.conflict("member " + memberId + " has no SP report for " + year
                        + " to replace; leave version out to create it");
            }
            report = new SpReport();
            report.id = UUID.randomUUID();
            report.member = member;
            report.year = year;
        } else if (request.version() == null || request.version() != report.version) {
            throw ProblemException.conflict("member " + memberId + " has an SP report for " + year + " at version "
                    + report.version + "; send that version to replace it");
        }
        request.applyTo(report);
        report.reportedBy = caller.subject();
        report.reportedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        report.persist();
        transparency.refresh(association);
        AssociationData data = associations.dataOf(association);
        SpReportView view = SpReportView.of(report);
        outbox.emit(Topics.ASSOCIATIONS, EventTypes.SP_REPORT_SUBMITTED, association.id,
                new SpReportSubmitted(data, view.toEventData(), transparency.ofYear(association.id, year).toData()));
        return view;
    }

    @Transactional
    public SpReportView get(UUID associationId, UUID memberId, int year) {
        Member member = members.find(associations.find(associationId).id, memberId);
        SpReport report = SpReport.of(member, year);
        if (report == null) {
            throw ProblemException.notFound("SP report of member " + memberId + " for", year);
        }
        return SpReportView.of(report);
    }

    /** The reports of the association's members, latest year first, then by member name. */
    @Transactional
    public Page<SpReportView> list(UUID associationId, Integer year, PageRequest page) {
        Parameters params = Parameters.with("association", associations.find(associationId).id);
        String where = " where m.associationId = :association";
        if (year != null) {
            where += " and r.year = :year";
            params.and("year", year);
        }
        List<SpReportView> items = SpReport.<SpReport>find("select r from SpReport r join fetch r.member m" + where
                + " order by r.year desc, m.name, m.id", params)
                .page(page.toPanache()).list().stream().map(SpReportView::of).toList();
        long total = SpReport.count("from SpReport r join r.member m" + where, params);
        return new Page<>(items, page.page, page.size, total);
    }
}
