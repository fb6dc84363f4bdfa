package org.grantsplatform.grants.application;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.runtime.security.Roles;

/** A programme's eligibility rules applied to an association: answered here, where the rules live. */
@Path("/api/programmes/{id}/eligibility")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
public class EligibilityResource {

    @Inject
    ApplicationService applications;

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.DONOR, Roles.PROGRAM_MANAGER, Roles.ADMIN })
    @Operation(summary = "Whether an association may apply to the programme today",
            description = "The rules of submission that do not depend on the application, checked as submitting "
                    + "would check them today (UTC): programme-open, within-programme-dates, association-known, "
                    + "association-verified (where required), association-region (where restricted), "
                    + "min-member-count, min-transparency-rate. failed lists every rule not met with field, message, "
                    + "rule, expected and actual, as the 422 of submit does; the application's own rules "
                    + "(window-offered, amount-positive, max-grant, budget-lines-sum, required) are left to "
                    + "submission. Applicants ask about their own associations only: another's, or one grants-service "
                    + "has not learnt of, is a 404. Donors, program managers and admins ask about any (an unknown one "
                    + "fails association-known).")
    @APIResponse(responseCode = "200", description = "The answer, eligible or not",
            content = @Content(schema = @Schema(implementation = EligibilityView.class)))
    @APIResponse(responseCode = "400", description = "associationId missing or not a UUID")
    @APIResponse(responseCode = "403", description = "Not an applicant, donor, program manager or admin")
    @APIResponse(responseCode = "404", description = "Unknown programme or a draft of another donor; for an "
            + "applicant, an association that is not theirs")
    public EligibilityView eligibility(@PathParam("id") UUID id,
            @Parameter(description = "The association asking, one of the caller's for an applicant", required = true)
            @QueryParam("associationId") @NotNull(message = "is required") UUID associationId) {
        return applications.eligibility(id, associationId);
    }
}
