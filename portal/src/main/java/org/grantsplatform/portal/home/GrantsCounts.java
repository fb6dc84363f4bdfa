package org.grantsplatform.portal.home;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Total;

/** Counts of grants-service's lists as the user sees them (the service scopes every list to its caller). */
@RegisterRestClient(configKey = "grants")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api")
public interface GrantsCounts {

    @GET
    @Path("applications")
    CompletionStage<Total> applications(@QueryParam("status") String status, @QueryParam("reviewStatus") String reviewStatus,
            @QueryParam("size") int size);

    /** Programmes in a status; a donor's drafts are their own (grants-service shows a draft only to its donor). */
    @GET
    @Path("programmes")
    CompletionStage<Total> programmes(@QueryParam("status") String status, @QueryParam("size") int size);

    /** Grants with at least one tranche in that state (or owing its milestone report). */
    @GET
    @Path("grants")
    CompletionStage<Total> grants(@QueryParam("trancheStatus") String trancheStatus,
            @QueryParam("milestoneReportStatus") String milestoneReportStatus,
            @QueryParam("milestoneReportDue") Boolean milestoneReportDue, @QueryParam("size") int size);
}
