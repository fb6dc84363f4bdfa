package org.grantsplatform.grants.grant;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the grant list, within what the caller may see; each one given narrows it. */
public class GrantFilter {

    @QueryParam("programmeId")
    public UUID programmeId;

    @QueryParam("associationId")
    public UUID associationId;

    @QueryParam("status")
    public GrantStatus status;

    /** Grants with at least one tranche in this status. */
    @QueryParam("trancheStatus")
    @Parameter(description = "Only grants with at least one tranche in this status, e.g. REQUESTED (awaiting the "
            + "donor's approval) or APPROVED (awaiting payment)")
    public TrancheStatus trancheStatus;

    /** Grants with at least one tranche whose milestone report is in this status. */
    @QueryParam("milestoneReportStatus")
    @Parameter(description = "Only grants with at least one tranche whose milestone report has this status, e.g. "
            + "SUBMITTED (awaiting a program manager's review)")
    public MilestoneReportStatus milestoneReportStatus;

    /** Grants with (true) or without (false) a tranche whose milestone report the grantee owes. */
    @QueryParam("milestoneReportDue")
    @Parameter(description = "true: only grants with at least one tranche whose milestoneReportDue is true (the "
            + "grantee owes its milestone report); false: only grants with none")
    public Boolean milestoneReportDue;
}
