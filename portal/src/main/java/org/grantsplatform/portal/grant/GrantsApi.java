package org.grantsplatform.portal.grant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
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

    /** {@code {narrative, indicators: [{name, actual}]}}: the grantee's report on the tranche's milestone. */
    @POST
    @Path("{id}/tranches/{trancheId}/milestone-report")
    Grant.Tranche reportMilestone(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            Map<String, Object> report);
}
