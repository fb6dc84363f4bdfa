package org.grantsplatform.reporting.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.reporting.readmodel.ReadModels;
import org.grantsplatform.reporting.readmodel.RebuildState;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/admin/rebuild")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@APIResponse(responseCode = "403", description = "Not an admin")
public class RebuildResource {

    @Inject
    ReadModels readModels;

    @POST
    @Operation(summary = "Rebuild the read model from every event on the topics",
            description = "Replays both topics from the beginning into a fresh read model with its own consumer "
                    + "group; the current one keeps answering until the new one has caught up, then the new one "
                    + "answers and the old one is dropped. Follow progress with GET.")
    @APIResponse(responseCode = "202", description = "The rebuild has started",
            content = @Content(schema = @Schema(implementation = RebuildState.class)))
    @APIResponse(responseCode = "409", description = "A rebuild is already under way")
    public Response rebuild() {
        return Response.accepted(readModels.rebuild()).build();
    }

    @GET
    @Operation(summary = "The answering read model and the one being rebuilt, with their progress")
    @APIResponse(responseCode = "200", description = "The generations",
            content = @Content(schema = @Schema(implementation = RebuildState.class)))
    public RebuildState state() {
        return readModels.state();
    }
}
