package org.grantsplatform.reporting.disbursements;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.grantsplatform.runtime.api.PageRequest;
import org.grantsplatform.runtime.security.Caller;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/reports/disbursements")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.DONOR })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "400", description = "Unknown state or bad paging")
@APIResponse(responseCode = "403", description = "Not a program manager, donor or admin")
public class DisbursementResource {

    @Inject
    DisbursementService disbursements;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Tranches that are upcoming, overdue (with days overdue) or paid",
            description = "Without state, every tranche. Donors see only their own programmes' tranches.")
    @APIResponse(responseCode = "200", description = "One page of tranches",
            content = @Content(schema = @Schema(implementation = DisbursementReport.class)))
    public DisbursementReport report(@QueryParam("state") @Parameter(schema = @Schema(type = SchemaType.STRING,
            enumeration = { "upcoming", "overdue", "paid" })) String state, @Valid @BeanParam PageRequest page) {
        return disbursements.report(state, page, Viewer.of(caller));
    }
}
