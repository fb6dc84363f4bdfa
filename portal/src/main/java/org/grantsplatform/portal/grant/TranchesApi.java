package org.grantsplatform.portal.grant;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Page;

/**
 * grants-service's grants as a program manager works on them: the lists of grants with tranche work waiting, and
 * the tranches' schedule, milestone reports, disbursement requests and payments. The money-moving calls carry an
 * {@code Idempotency-Key}, so a form sent twice acts once.
 */
@RegisterRestClient(configKey = "grants")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/grants")
public interface TranchesApi {

    String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Grants with at least one tranche in {@code trancheStatus}, or whose report is in {@code milestoneReportStatus}. */
    @GET
    Page<Grant> list(@QueryParam("trancheStatus") String trancheStatus,
            @QueryParam("milestoneReportStatus") String milestoneReportStatus, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** {@code {amount, dueDate, milestone}}; 422 (tranches-within-award) past the award. */
    @POST
    @Path("{id}/tranches")
    Grant.Tranche schedule(@PathParam("id") UUID id, Map<String, Object> tranche);

    /** A PLANNED tranche's {@code {amount, dueDate, milestone, version}}. */
    @PUT
    @Path("{id}/tranches/{trancheId}")
    Grant.Tranche reschedule(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            Map<String, Object> tranche);

    /** Takes a PLANNED tranche off the schedule; the later ones move up. */
    @DELETE
    @Path("{id}/tranches/{trancheId}")
    void cancel(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId);

    /** {@code {accepted, note}}: a SUBMITTED report ACCEPTED, or RETURNED (then the note is required). */
    @POST
    @Path("{id}/tranches/{trancheId}/milestone-report/review")
    Grant.Tranche reviewReport(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            Map<String, Object> review);

    /** PLANNED → REQUESTED; after the first tranche only with its milestone report accepted (422 otherwise). */
    @POST
    @Path("{id}/tranches/{trancheId}/disbursement-request")
    Grant.Tranche requestDisbursement(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey);

    /** {@code {paidOn, reference}}: APPROVED → PAID. */
    @POST
    @Path("{id}/tranches/{trancheId}/payment")
    Grant.Tranche pay(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, Map<String, Object> payment);
}
