package org.grantsplatform.grants.application;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.grants.history.HistoryEntryView;
import org.grantsplatform.grants.idempotency.Idempotency;
import org.grantsplatform.grants.review.ReviewRequest;
import org.grantsplatform.grants.review.ReviewView;
import org.grantsplatform.grants.review.ReviewerAssignment;
import org.grantsplatform.grants.review.Reviewers;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/applications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationReviews reviews;

    @Inject
    Reviewers reviewers;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Draft an application to an OPEN programme for one of the caller's associations")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (e.g. an amount with more than 2 decimals)")
    @APIResponse(responseCode = "403", description = "Not an applicant, or not an owner of the association")
    @APIResponse(responseCode = "409", description = "The programme is not OPEN")
    @APIResponse(responseCode = "422", description = "Unknown programme or association (rules programme-exists, "
            + "association-known)")
    public Response create(@NotNull(message = "a JSON body is required") @Valid ApplicationRequest request,
            @Context UriInfo uri) {
        ApplicationView created = applications.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Edit a DRAFT", description = "Send the version read; a stale one is a 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an owner of the association")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not a DRAFT, or a stale version")
    public ApplicationView update(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ApplicationRequest request) {
        return applications.update(id, request);
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "DRAFT → SUBMITTED after the eligibility checks",
            description = "Rules: programme-open, within-programme-dates, association-known, association-verified "
                    + "(where required), association-region (where restricted), min-member-count, "
                    + "min-transparency-rate, window-offered, amount-positive, max-grant, budget-lines-sum, and "
                    + "required (summary, strategies, durationMonths). A 422 lists every rule that failed with "
                    + "field, rule, expected and actual. Emits grants.application.submitted.v1.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "403", description = "Not an owner of the association")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not a DRAFT")
    @APIResponse(responseCode = "422", description = "Not eligible: every failed rule in violations")
    public ApplicationView submit(@PathParam("id") UUID id) {
        return applications.submit(id);
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "DRAFT, SUBMITTED or UNDER_REVIEW → WITHDRAWN", description = "Optional JSON body {note}. "
            + "Emits grants.application.withdrawn.v1.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an owner of the association")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "Already decided, ineligible or withdrawn")
    public ApplicationView withdraw(@PathParam("id") UUID id, @Valid WithdrawalRequest request) {
        return applications.withdraw(id, request == null ? null : request.note());
    }

    @GET
    @Operation(summary = "List the applications in the caller's scope", description = "Applicants: their "
            + "associations'; donors: their programmes' once submitted (drafts stay the association's own); "
            + "reviewers: assigned to them; program managers and admins: all. Filters: programmeId, status, "
            + "associationId, reviewStatus (the caller's own review: ASSIGNED, COMPLETED or RECUSED). Paged. Each "
            + "item of a reviewer carries myReview, their own review's status and whether they can review now. "
            + "Counts for a home page, with size=1 and the total: an applicant's drafts status=DRAFT; a "
            + "reviewer's reviews still to give reviewStatus=ASSIGNED&status=UNDER_REVIEW; a donor's applications "
            + "awaiting a decision status=UNDER_REVIEW; a program manager's to screen status=SUBMITTED.")
    @APIResponse(responseCode = "200", description = "A page of applications")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<ApplicationView> list(@Valid @BeanParam ApplicationFilter filter, @Valid @BeanParam PageRequest page) {
        return applications.list(filter, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application in the caller's scope, with the reviews the caller may see",
            description = "Before the decision a reviewer sees only their own review, and no score; after it, every "
                    + "review and the score, except a reviewer who recused (conflict of interest): they still see the "
                    + "application, but only their own recusal and no score. The owners of the applying association "
                    + "read the reviews of their decided application here, without who wrote them (reviewerSubject "
                    + "null).")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    public ApplicationView get(@PathParam("id") UUID id) {
        return applications.get(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The audit trail: every transition, who made it and when, oldest first. Paged.",
            description = "Before the decision, reviewers see only their own review entries and applicants none, "
                    + "as with the reviews themselves (a recused reviewer only their own, after it too); after it, "
                    + "the applying association's owners see the review entries without actorSubject and actorName.")
    @APIResponse(responseCode = "200", description = "A page of history entries")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    public Page<HistoryEntryView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return applications.history(id, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/screening")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "SUBMITTED → UNDER_REVIEW (eligible) or INELIGIBLE",
            description = "Emits grants.application.screened.v1.")
    @APIResponse(responseCode = "200", description = "Screened",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or no note for an ineligible application")
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown application")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED")
    public ApplicationView screen(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ScreeningRequest request) {
        return applications.screen(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/reviewers")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Assign reviewers to a SUBMITTED or UNDER_REVIEW application",
            description = "Each subject must be the OIDC subject of an enabled user holding the realm role reviewer in "
                    + "the user directory (GET /api/reviewers lists them): a user name, an unknown subject or a user "
                    + "without the role is a 422 naming it (rules reviewer-known, reviewer-role). An owner of the "
                    + "applying association is a 422 too (reviewer-not-owner). Reviewers already assigned stay as they "
                    + "are. When the directory does not answer, nobody is assigned: 503.")
    @APIResponse(responseCode = "200", description = "The application with its reviews",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown application")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED or UNDER_REVIEW")
    @APIResponse(responseCode = "422", description = "A subject names no reviewer, or an owner of the association; "
            + "violations name each (subjects[i])")
    @APIResponse(responseCode = "503", description = "The user directory does not answer; try again (Retry-After)")
    public ApplicationView assignReviewers(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ReviewerAssignment request) {
        // The directory answers before the transaction starts, so a slow one holds no database connection.
        List<String> subjects = reviewers.checkedSubjects(request);
        return reviews.assign(id, subjects);
    }

    @DELETE
    @Path("{id}/reviewers/{subject}")
    @RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Unassign a reviewer who has neither reviewed nor recused",
            description = "While the application is SUBMITTED or UNDER_REVIEW. Emits grants.reviewer.unassigned.v1.")
    @APIResponse(responseCode = "200", description = "The application with its remaining reviews",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "403", description = "Not a program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown application, or the subject is not assigned to it")
    @APIResponse(responseCode = "409", description = "The reviewer reviewed or recused already, or the application "
            + "is not SUBMITTED or UNDER_REVIEW")
    public ApplicationView unassignReviewer(@PathParam("id") UUID id,
            @Parameter(description = "The reviewer's OIDC subject") @PathParam("subject") String subject) {
        return reviews.unassign(id, subject);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/reviews/mine")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Give, replace or recuse from one's review of an UNDER_REVIEW application",
            description = "weightedScore = 100 × Σ(weight × score / maxScore): a weighted mean on a 0-100 scale; "
                    + "the application's score is the mean weightedScore of its completed, non-recused reviews. "
                    + "conflictOfInterest: true recuses the caller for good (it cannot be undone); the example scores "
                    + "instead. Emits grants.review.completed.v1.")
    @APIResponse(responseCode = "200", description = "The caller's review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "A criterion unscored, unknown or scored twice, or a score "
            + "outside 0..maxScore")
    @APIResponse(responseCode = "403", description = "Not a reviewer, or not assigned to it")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW, or the caller recused")
    public ReviewView review(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ReviewRequest request) {
        return reviews.submitMine(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/decision")
    @RolesAllowed(Roles.DONOR)
    @Operation(summary = "UNDER_REVIEW → AWARDED (creating the grant) or REJECTED, by the programme's donor",
            description = "An award is at most the requested amount and the programme's remaining budget; awards on "
                    + "one programme are serialised by a lock on it, so two can never both spend its last money. "
                    + "Emits grants.application.decided.v1. With an Idempotency-Key, the same request sent again "
                    + "replays the first answer (header Idempotency-Replayed: true) and decides only once.")
    @APIResponse(responseCode = "200", description = "Decided; an award's grant is grantId",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: no amount for an award, an amount for a "
            + "rejection, no reason for a rejection, more than 2 decimals")
    @APIResponse(responseCode = "403", description = "Not the programme's donor")
    @APIResponse(responseCode = "404", description = "Unknown, or not in the caller's scope")
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW")
    @APIResponse(responseCode = "422", description = "Award over the request (award-within-request) or over the "
            + "remaining budget (award-within-remaining-budget); " + Idempotency.REUSED_DESCRIPTION)
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = Idempotency.HEADER_DESCRIPTION)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid DecisionRequest request) {
        return answer(idempotency.once(idempotencyKey, "POST /api/applications/" + id + "/decision", request,
                () -> applications.decide(id, request)));
    }

    /** The stored JSON is sent as it is; a replay says so in its header. */
    private static Response answer(Idempotency.Answer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body())
                .header(Idempotency.REPLAYED_HEADER, answer.replayed() ? "true" : null).build();
    }
}
