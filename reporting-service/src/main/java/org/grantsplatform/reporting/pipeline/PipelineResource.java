package org.grantsplatform.reporting.pipeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/reports/pipeline")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.DONOR })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "400", description = "programmeId is not a UUID")
@APIResponse(responseCode = "403", description = "Not a program manager, donor or admin")
@APIResponse(responseCode = "404", description = "No such programme, or not the donor's")
public class PipelineResource {

    @Inject
    PipelineService pipeline;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Applications per status, award rate, median and p90 days from submission to decision",
            description = "For one programme, or for every programme the caller may see.")
    @APIResponse(responseCode = "200", description = "The pipeline",
            content = @Content(schema = @Schema(implementation = PipelineReport.class)))
    public PipelineReport report(@QueryParam("programmeId") UUID programmeId) {
        // service-runtime's QueryParamConverters answer a malformed id with a 400 naming programmeId
        return pipeline.report(programmeId, Viewer.of(caller));
    }
}
