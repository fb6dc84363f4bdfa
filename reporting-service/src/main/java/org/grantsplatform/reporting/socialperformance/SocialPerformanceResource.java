package org.grantsplatform.reporting.socialperformance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.runtime.problem.ProblemException;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/reports/social-performance")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.DONOR })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "400", description = "Unknown region or bad year")
@APIResponse(responseCode = "403", description = "Not a program manager, donor or admin")
public class SocialPerformanceResource {

    @Inject
    SocialPerformanceService socialPerformance;

    @GET
    @Operation(summary = "Associations' members, transparency and SP indicator averages, with regional totals",
            description = "Association data is public on the platform, so donors see every association here.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = SocialPerformanceReport.class)))
    public SocialPerformanceReport report(@QueryParam("region") @Parameter(schema = @Schema(
            implementation = Region.class)) String region,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1900",
                    maximum = "2200")) String year) {
        return socialPerformance.report(region == null ? null : parse(region), year == null ? null : year(year));
    }

    /** Parsed here, as the region is, so that a bad year is a 400 rather than a failed conversion's 404. */
    private static Integer year(String year) {
        try {
            int value = Integer.parseInt(year.trim());
            if (value >= 1900 && value <= 2200) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range year
        }
        throw ProblemException.invalid("year", "must be a year from 1900 to 2200");
    }

    /** Parsed here so that an unknown region is a 400 naming the allowed ones, not a 404. */
    private static Region parse(String region) {
        try {
            return Region.valueOf(region);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("region", "must be one of " + Arrays.toString(Region.values()));
        }
    }
}
