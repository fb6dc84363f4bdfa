package org.grantsplatform.reporting.portfolio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.reporting.readmodel.Viewer;
import org.grantsplatform.runtime.security.Caller;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/reports/portfolio")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.DONOR })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "400", description = "groupBy missing or unknown")
@APIResponse(responseCode = "403", description = "Not a program manager, donor or admin")
public class PortfolioResource {

    @Inject
    PortfolioService portfolio;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Applications, awards, committed, disbursed and outstanding per group and currency",
            description = "Donors see only their own programmes. Grouped by strategy, an application with several "
                    + "strategies counts in each. Year is the application's submission year.")
    @APIResponse(responseCode = "200", description = "The portfolio",
            content = @Content(schema = @Schema(implementation = PortfolioReport.class)))
    public PortfolioReport report(@QueryParam("groupBy") @Parameter(required = true, schema = @Schema(
            type = SchemaType.STRING, enumeration = { "donor", "programme", "window", "strategy", "region", "country",
                    "year" })) String groupBy) {
        return portfolio.report(groupBy, Viewer.of(caller));
    }
}
