package org.grantsplatform.grants.programme;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/programmes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DONOR, Roles.ADMIN })
    @Operation(summary = "Create a programme in DRAFT; the caller becomes its donor (ownerSubject)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields: more than 2 decimals, maxGrant over budget, "
            + "rubric weights not adding up to 1, closesOn before opensOn, …")
    @APIResponse(responseCode = "403", description = "Not a donor or admin")
    public Response create(@NotNull(message = "a JSON body is required") @Valid ProgrammeRequest request,
            @Context UriInfo uri) {
        ProgrammeView created = programmes.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @RolesAllowed({ Roles.DONOR, Roles.ADMIN })
    @Operation(summary = "Update a DRAFT programme", description = "Send the version read; a stale one is a 409.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not its donor or an admin")
    @APIResponse(responseCode = "404", description = "Unknown programme, or a draft of another donor")
    @APIResponse(responseCode = "409", description = "Not a DRAFT, or a stale version")
    public ProgrammeView update(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid ProgrammeRequest request) {
        return programmes.update(id, request);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed({ Roles.DONOR, Roles.ADMIN })
    @Operation(summary = "DRAFT → OPEN", description = "Emits grants.programme.published.v1.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "403", description = "Not its donor or an admin")
    @APIResponse(responseCode = "404", description = "Unknown programme, or a draft of another donor")
    @APIResponse(responseCode = "409", description = "Not a DRAFT")
    public ProgrammeView publish(@PathParam("id") UUID id) {
        return programmes.publish(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({ Roles.DONOR, Roles.ADMIN })
    @Operation(summary = "OPEN → CLOSED", description = "Emits grants.programme.closed.v1. Applications already "
            + "submitted go on through review and decision.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "403", description = "Not its donor or an admin")
    @APIResponse(responseCode = "404", description = "Unknown programme, or a draft of another donor")
    @APIResponse(responseCode = "409", description = "Not OPEN")
    public ProgrammeView close(@PathParam("id") UUID id) {
        return programmes.close(id);
    }

    @GET
    @Operation(summary = "List programmes", description = "Filters: status, window. Paged. Drafts are listed only "
            + "to their donor, program managers and admins, so applicants see only OPEN and CLOSED programmes.")
    @APIResponse(responseCode = "200", description = "A page of programmes")
    @APIResponse(responseCode = "400", description = "Invalid filter or page")
    public Page<ProgrammeView> list(@Valid @BeanParam ProgrammeFilter filter, @Valid @BeanParam PageRequest page) {
        return programmes.list(filter, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One programme, with its committed and remaining budget")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "404", description = "Unknown programme, or a draft of another donor")
    public ProgrammeView get(@PathParam("id") UUID id) {
        return programmes.get(id);
    }
}
