package org.grantsplatform.grants.grant;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.grants.history.HistoryEntryView;
import org.grantsplatform.grants.idempotency.Idempotency;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/grants")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grants")
public class GrantResource {

    private static final String IDEMPOTENCY = " With an Idempotency-Key, the same request sent again replays the "
            + "first answer (header Idempotency-Replayed: true) and acts only once.";

    @Inject
    GrantService grants;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "List the grants in the caller's scope", description = "Scoped like applications: "
            + "applicants their associations', donors their programmes', reviewers those of applications assigned "
            + "to them, program managers and admins all. Filters: programmeId, associationId, status, and on the "
            + "tranches (a grant is listed when at least one of its tranches matches): trancheStatus, "
            + "milestoneReportStatus, milestoneReportDue. Paged. Counts of grants for a home page, with size=1 and "
            + "the total: an applicant's grants awaiting a milestone report milestoneReportDue=true; a donor's "
            + "disbursements to approve trancheStatus=REQUESTED; a program manager's milestone reports to review "
            + "milestoneReportStatus=SUBMITTED and payments to make trancheStatus=APPROVED.")
    @APIResponse(responseCode = "200", description = "A page of grants")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<GrantView> list(@Valid @BeanParam GrantFilter filter, @Valid @BeanParam PageRequest page) {
        return grants.list(filter, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One grant with its tranches, awarded and disbursed amounts")
    @APIResponse(responseCode = "200", description = "The grant",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    public GrantView get(@PathParam("id") UUID id) {
        return grants.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The grant's audit trail: award, tranches, reports, disbursements, completion. Paged.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    public Page<HistoryEntryView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return grants.history(id, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/tranches")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Schedule a tranche of an ACTIVE grant", description = "The amount is in the grant's "
            + "(the programme's) currency; the due date lies from a year before the award to ten years after it. "
            + "Emits grants.tranche.scheduled.v1.")
    @APIResponse(responseCode = "201", description = "Scheduled",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. more than 2 decimals)")
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown grant")
    @APIResponse(responseCode = "409", description = "The grant is COMPLETED")
    @APIResponse(responseCode = "422", description = "The tranches would add up to more than the award "
            + "(tranches-within-award), or the due date is before the award or more than ten years after it (due-date-within-grant-period)")
    public Response schedule(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid TrancheRequest request, @Context UriInfo uri) {
        TrancheView created = grants.schedule(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}/tranches/{trancheId}")
    @Operation(summary = "One tranche with its milestone report")
    @APIResponse(responseCode = "200", description = "The tranche",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    public TrancheView tranche(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        return grants.tranche(id, trancheId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/tranches/{trancheId}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Change a PLANNED tranche's amount, due date or milestone",
            description = "The rules of scheduling apply (tranches-within-award, due-date-within-grant-period); send "
                    + "the version read. The milestone stays as it is once the grantee reported on it. Emits "
                    + "grants.tranche.rescheduled.v1.")
    @APIResponse(responseCode = "200", description = "The tranche as changed",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. more than 2 decimals, no version)")
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown grant or tranche")
    @APIResponse(responseCode = "409", description = "Not PLANNED (a disbursement was requested), a stale version, a "
            + "new milestone for one reported on, or the grant is COMPLETED")
    @APIResponse(responseCode = "422", description = "The tranches would add up to more than the award "
            + "(tranches-within-award), or the due date is out of range (due-date-within-grant-period)")
    public TrancheView reschedule(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            @NotNull(message = "a JSON body is required") @Valid TrancheUpdate request) {
        return grants.reschedule(id, trancheId, request);
    }

    @DELETE
    @Path("{id}/tranches/{trancheId}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Cancel a PLANNED tranche",
            description = "The tranche leaves the schedule and the later tranches move up one sequence number (the "
                    + "first needs no milestone report before its disbursement). A tranche whose milestone report is "
                    + "SUBMITTED or ACCEPTED stays. Emits grants.tranche.cancelled.v1.")
    @APIResponse(responseCode = "200", description = "The grant without the tranche",
            content = @Content(schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown grant or tranche")
    @APIResponse(responseCode = "409", description = "Not PLANNED (a disbursement was requested), its milestone "
            + "report SUBMITTED or ACCEPTED, or the grant is COMPLETED")
    public GrantView cancel(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        return grants.cancel(id, trancheId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/tranches/{trancheId}/milestone-report")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Report on the tranche's milestone (again, once sent back)",
            description = "Emits grants.milestone.reported.v1.")
    @APIResponse(responseCode = "200", description = "The tranche with its report SUBMITTED",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an owner of the grantee association")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "A report is already SUBMITTED or ACCEPTED, or the grant is "
            + "COMPLETED")
    public TrancheView reportMilestone(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            @NotNull(message = "a JSON body is required") @Valid MilestoneReportRequest request) {
        return grants.reportMilestone(id, trancheId, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/tranches/{trancheId}/milestone-report/review")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Accept a SUBMITTED milestone report or send it back",
            description = "Emits grants.milestone.reviewed.v1, and grants.grant.completed.v1 when this was the last "
                    + "thing the grant waited for.")
    @APIResponse(responseCode = "200", description = "The tranche with its report ACCEPTED or RETURNED",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or no note for a report sent back")
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown grant or tranche")
    @APIResponse(responseCode = "409", description = "No report SUBMITTED, or the grant is COMPLETED")
    public TrancheView reviewMilestone(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            @NotNull(message = "a JSON body is required") @Valid MilestoneReviewRequest request) {
        return grants.reviewMilestone(id, trancheId, request);
    }

    @POST
    @Path("{id}/tranches/{trancheId}/disbursement-request")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "PLANNED → REQUESTED", description = "After the first tranche, the tranche's milestone "
            + "report must be ACCEPTED. Emits grants.disbursement.requested.v1." + IDEMPOTENCY)
    @APIResponse(responseCode = "200", description = "Requested",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid Idempotency-Key")
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown grant or tranche")
    @APIResponse(responseCode = "409", description = "Not PLANNED, or the grant is COMPLETED")
    @APIResponse(responseCode = "422", description = "The milestone report is not accepted (milestone-accepted); "
            + Idempotency.REUSED_DESCRIPTION)
    public Response requestDisbursement(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION) @HeaderParam(Idempotency.HEADER)
            String idempotencyKey) {
        return answer(idempotency.once(idempotencyKey, endpoint(id, trancheId, "disbursement-request"), null,
                () -> grants.requestDisbursement(id, trancheId)));
    }

    @POST
    @Path("{id}/tranches/{trancheId}/approve")
    @RolesAllowed(Roles.DONOR)
    @Operation(summary = "REQUESTED → APPROVED by the programme's donor, never the requester (four eyes)",
            description = "Emits grants.disbursement.approved.v1." + IDEMPOTENCY)
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid Idempotency-Key")
    @APIResponse(responseCode = "403", description = "Not the programme's donor, or the one who requested it")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not REQUESTED")
    @APIResponse(responseCode = "422", description = Idempotency.REUSED_DESCRIPTION)
    public Response approve(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION) @HeaderParam(Idempotency.HEADER)
            String idempotencyKey) {
        return answer(idempotency.once(idempotencyKey, endpoint(id, trancheId, "approve"), null,
                () -> grants.approve(id, trancheId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/tranches/{trancheId}/payment")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "APPROVED → PAID with the payment's date and reference",
            description = "Emits grants.disbursement.paid.v1, and grants.grant.completed.v1 when every tranche of a "
                    + "schedule covering the award is paid and the last milestone accepted." + IDEMPOTENCY)
    @APIResponse(responseCode = "200", description = "Paid",
            content = @Content(schema = @Schema(implementation = TrancheView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (no paidOn, no reference) or Idempotency-Key")
    @APIResponse(responseCode = "422", description = "paidOn before the award (paid-after-award) or after today "
            + "(paid-not-in-future); " + Idempotency.REUSED_DESCRIPTION)
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown grant or tranche")
    @APIResponse(responseCode = "409", description = "Not APPROVED (e.g. paid already)")
    public Response pay(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION) @HeaderParam(Idempotency.HEADER)
            String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid PaymentRequest request) {
        return answer(idempotency.once(idempotencyKey, endpoint(id, trancheId, "payment"), request,
                () -> grants.pay(id, trancheId, request)));
    }

    private static String endpoint(UUID id, UUID trancheId, String action) {
        return "POST /api/grants/" + id + "/tranches/" + trancheId + "/" + action;
    }

    /** The stored JSON is sent as it is; a replay says so in its header. */
    private static Response answer(Idempotency.Answer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body())
                .header(Idempotency.REPLAYED_HEADER, answer.replayed() ? "true" : null).build();
    }
}
