package org.grantsplatform.associations.capacity;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/associations/{id}/capacity-assessment")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity self-assessment")
public class CapacityAssessmentResource {

    @Inject
    CapacityAssessmentService assessments;

    @PUT
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Submit the association's SP capacity self-assessment",
            description = "Owners and admins. Interest in social performance, the strategies it has experience "
                    + "with, its capabilities and its capacity-building needs. Each submission becomes the current "
                    + "version and the one before it goes to the history. Leave version out for the first one "
                    + "(201); send the current version to replace it (200).")
    @APIResponse(responseCode = "200", description = "The new current version",
            content = @Content(schema = @Schema(implementation = CapacityAssessmentView.class)))
    @APIResponse(responseCode = "201", description = "The first version",
            content = @Content(schema = @Schema(implementation = CapacityAssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "403", description = "Not an owner of the association, nor an admin")
    @APIResponse(responseCode = "404", description = "Unknown association")
    @APIResponse(responseCode = "409", description = "Stale version, a version without an assessment, or an "
            + "assessment exists and no version was sent")
    public Response assess(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") @Valid CapacityAssessmentRequest request,
            @Context UriInfo uri) {
        CapacityAssessmentView assessment = assessments.assess(id, request);
        return assessment.version() == 1
                ? Response.created(uri.getAbsolutePath()).entity(assessment).build()
                : Response.ok(assessment).build();
    }

    @GET
    @Operation(summary = "The association's current SP capacity self-assessment")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(schema = @Schema(implementation = CapacityAssessmentView.class)))
    @APIResponse(responseCode = "404", description = "Unknown association, or none submitted yet")
    public CapacityAssessmentView current(@PathParam("id") UUID id) {
        return assessments.current(id);
    }

    @GET
    @Path("history")
    @Operation(summary = "Every version of the association's SP capacity self-assessment",
            description = "The current version first. Paged.")
    @APIResponse(responseCode = "200", description = "A page of versions")
    @APIResponse(responseCode = "400", description = "Invalid page")
    @APIResponse(responseCode = "404", description = "Unknown association")
    public Page<CapacityAssessmentView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return assessments.history(id, page);
    }
}
