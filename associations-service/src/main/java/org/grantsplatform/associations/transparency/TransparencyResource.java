package org.grantsplatform.associations.transparency;

import io.quarkus.security.Authenticated;
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

@Path("/api/associations/{id}/transparency")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social-performance reports")
public class TransparencyResource {

    @Inject
    TransparencyService transparency;

    @GET
    @Operation(summary = "Transparency of an association per reporting year",
            description = "For every year in which at least one member reported SP data, latest first: members "
                    + "(the member MFIs that had joined by that year, or whose joining year is unknown), "
                    + "membersReporting (those of them with an SP report for the year) and rate = "
                    + "membersReporting / members with 4 decimals (3 of 4 is 0.75). A report for a year before "
                    + "its member joined does not count. The association's transparencyRate is the rate of "
                    + "the latest year listed here.")
    @APIResponse(responseCode = "200", description = "Transparency per year",
            content = @Content(schema = @Schema(implementation = TransparencyView.class)))
    @APIResponse(responseCode = "404", description = "Unknown association")
    public TransparencyView get(@PathParam("id") UUID id) {
        return transparency.get(id);
    }
}
