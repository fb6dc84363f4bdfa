package org.grantsplatform.portal.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Language;

/** A grant as grants-service answers it: the award, what has been paid, and its tranches. */
public record Grant(UUID id, UUID applicationId, UUID programmeId, UUID associationId, String title, String currency,
        BigDecimal awarded, BigDecimal disbursed, String status, Instant awardedAt, List<Tranche> tranches, long version) {

    public Grant {
        tranches = tranches == null ? List.of() : tranches;
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** A tranche of this grant, or null. */
    public Tranche tranche(UUID trancheId) {
        return tranches.stream().filter(t -> t.id().equals(trancheId)).findFirst().orElse(null);
    }

    /** How many tranches wait for the grantee's milestone report. */
    public long reportsAskedFor() {
        return tranches.stream().filter(this::asksForReport).count();
    }

    /**
     * Whether the grantee is to report on this tranche's milestone now: where grants-service says the report is due
     * (its {@code milestoneReportDue}: the grant is ACTIVE, the report not given or sent back, and a disbursement or
     * the grant's completion waits for it). The service decides; the page only offers the form there.
     */
    public boolean asksForReport(Tranche tranche) {
        return tranche.milestoneReportDue();
    }

    /** {@code requestedBy} is the subject of whom asked for the disbursement: an id, never shown as such. */
    public record Tranche(UUID id, UUID grantId, int sequence, BigDecimal amount, LocalDate dueDate, String milestone,
            String status, MilestoneReport milestoneReport, boolean milestoneReportDue, String requestedBy,
            Instant requestedAt, LocalDate paidOn, String paymentReference, long version) {

        /** The report's status; NONE when the service sent no report at all. */
        public String reportStatus() {
            return milestoneReport == null || milestoneReport.status() == null ? "NONE" : milestoneReport.status();
        }

        public boolean hasMilestone() {
            return milestone != null && !milestone.isBlank();
        }

        public boolean returned() {
            return "RETURNED".equals(reportStatus());
        }

        /**
         * The report's state in the page's words: "Not sent yet" (due), "Not due", "Submitted, waiting for review",
         * "Accepted", "Sent back".
         */
        public String reportState(Language language) {
            GrantTexts texts = language.texts(GrantTexts.class);
            if (!hasMilestone() && "NONE".equals(reportStatus())) {
                return texts.report_no_milestone();
            }
            return switch (reportStatus()) {
                case "NONE" -> milestoneReportDue ? texts.report_none() : texts.report_not_due();
                case "SUBMITTED" -> texts.report_submitted();
                case "ACCEPTED" -> texts.report_accepted();
                case "RETURNED" -> texts.report_returned();
                default -> Formats.words(reportStatus(), language.locale());
            };
        }
    }

    public record MilestoneReport(String status, String narrative, List<Indicator> indicators, String reportedBy,
            Instant reportedAt, String reviewNote, String reviewedBy, Instant reviewedAt) {

        public MilestoneReport {
            indicators = indicators == null ? List.of() : indicators;
        }
    }

    public record Indicator(String name, String actual) {
    }
}
