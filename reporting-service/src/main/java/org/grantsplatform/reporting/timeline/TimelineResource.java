package org.grantsplatform.reporting.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.reporting.readmodel.Viewer;
import org.grantsplatform.runtime.security.Caller;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/reports/grants")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.DONOR })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "403", description = "Not a program manager, donor or admin")
@APIResponse(responseCode = "404", description = "No such grant, or not the donor's")
public class TimelineResource {

    @Inject
    TimelineService timelines;

    @Inject
    Caller caller;

    @GET
    @Path("/{grantId}")
    @Operation(summary = "One grant's timeline from its events")
    @APIResponse(responseCode = "200", description = "The grant, its tranches and its events in time order",
            content = @Content(schema = @Schema(implementation = GrantTimeline.class)))
    public GrantTimeline timeline(@PathParam("grantId") UUID grantId) {
        return timelines.timeline(grantId, Viewer.of(caller));
    }
}
