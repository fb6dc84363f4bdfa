package org.grantsplatform.associations.spreport;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.associations.validation.PastOrPresentYear;
import org.grantsplatform.runtime.security.Roles;

/** One member's SP report per year. The association-wide list is {@link SpReportResource}. */
@Path("/api/associations/{id}/members/{memberId}/sp-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Social-performance reports")
public class MemberSpReportResource {

    @Inject
    SpReportService reports;

    @PUT
    @Path("{year}")
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Create or replace a member's SP indicators for a year",
            description = "Owners and admins. Leave version out to create the year's report (201); send the "
                    + "version you read to replace it as a whole (200): an indicator left out is no longer "
                    + "reported. Percentages are 0-100, counts and amounts 0 or more, amounts with at most 2 "
                    + "decimals and a currency. The association's transparency follows.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = SpReportView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = SpReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid year or indicators")
    @APIResponse(responseCode = "403", description = "Not an owner of the association, nor an admin")
    @APIResponse(responseCode = "404", description = "Unknown association, or no such member of it")
    @APIResponse(responseCode = "409", description = "Stale version, a version without a report, or a report "
            + "exists and no version was sent")
    public Response submit(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @PathParam("year") @PastOrPresentYear(min = SpReport.FIRST_YEAR) int year,
            @NotNull(message = "a JSON body is required") @Valid SpReportRequest request, @Context UriInfo uri) {
        SpReportView report = reports.submit(id, memberId, year, request);
        // without a version the request could only create: a report that existed is a 409
        return request.version() == null
                ? Response.created(uri.getAbsolutePath()).entity(report).build()
                : Response.ok(report).build();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "A member's SP report for a year")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = SpReportView.class)))
    @APIResponse(responseCode = "404", description = "Unknown association or member, or no report for that year")
    public SpReportView get(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @PathParam("year") int year) {
        return reports.get(id, memberId, year);
    }
}
