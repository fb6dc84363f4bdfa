package org.grantsplatform.portal.application;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Page;

/** grants-service's applications, called as the signed-in user (the service scopes them to the caller). */
@RegisterRestClient(configKey = "grants")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/applications")
public interface ApplicationsApi {

    @GET
    Page<Application> list(@QueryParam("status") String status, @QueryParam("programmeId") UUID programmeId,
            @QueryParam("associationId") UUID associationId, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{id}")
    Application get(@PathParam("id") UUID id);

    /** A draft: grants-service's ApplicationRequest ({@code programmeId, associationId, title, ...}). */
    @POST
    Application create(Map<String, Object> draft);

    /** The same fields and {@code version}, while the application is a DRAFT. */
    @PUT
    @Path("{id}")
    Application update(@PathParam("id") UUID id, Map<String, Object> draft);

    /** DRAFT → SUBMITTED; a 422 names every failed eligibility rule. */
    @POST
    @Path("{id}/submit")
    Application submit(@PathParam("id") UUID id);

    /** {@code {note}}, optional. */
    @POST
    @Path("{id}/withdraw")
    Application withdraw(@PathParam("id") UUID id, Map<String, Object> withdrawal);

    @GET
    @Path("{id}/history")
    Page<HistoryEntry> history(@PathParam("id") UUID id, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The same, without waiting: a page that shows several applications' reviewers asks for all at once. */
    @GET
    @Path("{id}/history")
    CompletionStage<Page<HistoryEntry>> historyOf(@PathParam("id") UUID id, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** The donor's decision: {@code {outcome: AWARD, amount, reason}} or {@code {outcome: REJECT, reason}}. */
    @POST
    @Path("{id}/decision")
    Application decide(@PathParam("id") UUID id, Map<String, Object> decision);

    /** The caller's review: {@code {conflictOfInterest, scores: [{criterion, score}], comment, recommendation}}. */
    @PUT
    @Path("{id}/reviews/mine")
    Application.Review review(@PathParam("id") UUID id, Map<String, Object> review);
}
