package org.grantsplatform.grants.application;

import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.grantsplatform.grants.review.ReviewStatus;

/** Filters of the application list, within what the caller may see; each one given narrows it. */
public class ApplicationFilter {

    @QueryParam("programmeId")
    public UUID programmeId;

    @QueryParam("status")
    public ApplicationStatus status;

    @QueryParam("associationId")
    public UUID associationId;

    /** Only the applications whose review by the caller has this status. */
    @QueryParam("reviewStatus")
    @Parameter(description = "Only the applications where the caller's own review has this status: ASSIGNED (not "
            + "given yet), COMPLETED or RECUSED. A reviewer's open queue is reviewStatus=ASSIGNED&status=UNDER_REVIEW; "
            + "a caller without reviews gets none.")
    public ReviewStatus reviewStatus;
}
