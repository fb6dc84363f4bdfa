package org.grantsplatform.portal.grant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.application.HistoryEntry;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Page;

/** grants-service's grants, called as the signed-in user (an applicant sees their associations' grants). */
@RegisterRestClient(configKey = "grants")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/grants")
public interface GrantsApi {

    @GET
    Page<Grant> list(@QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{id}")
    Grant get(@PathParam("id") UUID id);

    /** The grants with at least one tranche in this status, e.g. REQUESTED: a disbursement awaits the donor. */
    @GET
    Page<Grant> withTranches(@QueryParam("trancheStatus") String trancheStatus, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** The grant's audit trail, without waiting: a page naming several requesters asks for all at once. */
    @GET
    @Path("{id}/history")
    CompletionStage<Page<HistoryEntry>> historyOf(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** REQUESTED → APPROVED by the programme's donor, never the one who requested it (four eyes: a 403). */
    @POST
    @Path("{id}/tranches/{trancheId}/approve")
    Grant.Tranche approve(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId);

    /** {@code {narrative, indicators: [{name, actual}]}}: the grantee's report on the tranche's milestone. */
    @POST
    @Path("{id}/tranches/{trancheId}/milestone-report")
    Grant.Tranche reportMilestone(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            Map<String, Object> report);
}
