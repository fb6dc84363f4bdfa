package org.grantsplatform.portal.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
     * Whether the grantee is to report on this tranche's milestone now: the grant is ACTIVE (a COMPLETED one takes
     * no report), the tranche names a milestone, and its report can move to SUBMITTED, which grants-service's
     * MilestoneReportStatus allows from NONE and RETURNED only.
     */
    public boolean asksForReport(Tranche tranche) {
        return active() && tranche.asksForReport();
    }

    /** {@code requestedBy} is the subject of whom asked for the disbursement: an id, never shown as such. */
    public record Tranche(UUID id, UUID grantId, int sequence, BigDecimal amount, LocalDate dueDate, String milestone,
            String status, MilestoneReport milestoneReport, String requestedBy, Instant requestedAt, LocalDate paidOn,
            String paymentReference, long version) {

        /** The report's status; NONE when the service sent no report at all. */
        public String reportStatus() {
            return milestoneReport == null || milestoneReport.status() == null ? "NONE" : milestoneReport.status();
        }

        public boolean hasMilestone() {
            return milestone != null && !milestone.isBlank();
        }

        /** A milestone, and a report that is none yet or was sent back (NONE, RETURNED → SUBMITTED). */
        public boolean asksForReport() {
            return hasMilestone() && ("NONE".equals(reportStatus()) || "RETURNED".equals(reportStatus()));
        }

        public boolean returned() {
            return "RETURNED".equals(reportStatus());
        }

        /** The report's state in words: "Not sent yet", "Submitted", "Accepted", "Sent back". */
        public String reportState() {
            if (!hasMilestone() && "NONE".equals(reportStatus())) {
                return "No milestone";
            }
            return switch (reportStatus()) {
                case "NONE" -> "Not sent yet";
                case "SUBMITTED" -> "Submitted, waiting for review";
                case "ACCEPTED" -> "Accepted";
                case "RETURNED" -> "Sent back";
                default -> reportStatus();
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
