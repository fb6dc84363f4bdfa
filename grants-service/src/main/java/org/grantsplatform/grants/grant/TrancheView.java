package org.grantsplatform.grants.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.grants.GrantData;

@Schema(name = "Tranche")
public record TrancheView(
        UUID id,
        UUID grantId,
        @Schema(description = "1 for the first tranche") int sequence,
        BigDecimal amount,
        LocalDate dueDate,
        String milestone,
        TrancheStatus status,
        MilestoneReport milestoneReport,
        @Schema(description = "The grantee owes the milestone report: the grant is ACTIVE, the report is NONE or "
                + "RETURNED, and this tranche's disbursement (any tranche after the first) or the grant's completion "
                + "(the last tranche, once a schedule covering the award is paid) waits for it")
        boolean milestoneReportDue,
        String requestedBy,
        Instant requestedAt,
        String approvedBy,
        Instant approvedAt,
        LocalDate paidOn,
        String paymentReference,
        long version) {

    @Schema(name = "MilestoneReportView")
    public record MilestoneReport(MilestoneReportStatus status, String narrative, List<IndicatorView> indicators,
            String reportedBy, Instant reportedAt, String reviewNote, String reviewedBy, Instant reviewedAt) {
    }

    @Schema(name = "IndicatorView")
    public record IndicatorView(String name, String actual) {
    }

    public static TrancheView of(Tranche t) {
        return new TrancheView(t.id, t.grant.id, t.sequence, t.amount, t.dueDate, t.milestone, t.status,
                new MilestoneReport(t.reportStatus, t.reportNarrative,
                        t.reportIndicators.stream().map(i -> new IndicatorView(i.name, i.actual)).toList(),
                        t.reportedBy, t.reportedAt, t.reviewNote, t.reviewedBy, t.reviewedAt),
                t.milestoneReportDue(), t.requestedBy, t.requestedAt, t.approvedBy, t.approvedAt, t.paidOn, t.paymentReference, t.version);
    }

    GrantData.TrancheData toEventData() {
        return new GrantData.TrancheData(id, sequence, amount, dueDate, milestone, status.name(),
                milestoneReport.status().name(), requestedBy, requestedAt, approvedBy, approvedAt, paidOn,
                paymentReference);
    }
}
