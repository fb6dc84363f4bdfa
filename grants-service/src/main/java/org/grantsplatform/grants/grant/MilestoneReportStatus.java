package org.grantsplatform.grants.grant;

/** The grantee's report on a tranche's milestone: a returned report can be submitted again. */
public enum MilestoneReportStatus {
    NONE,
    SUBMITTED,
    ACCEPTED,
    RETURNED;

    public boolean canMoveTo(MilestoneReportStatus next) {
        return switch (this) {
            case NONE, RETURNED -> next == SUBMITTED;
            case SUBMITTED -> next == ACCEPTED || next == RETURNED;
            case ACCEPTED -> false;
        };
    }
}
