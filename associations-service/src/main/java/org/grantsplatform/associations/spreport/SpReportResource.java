package org.grantsplatform.associations.spreport;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.associations.validation.PastOrPresentYear;
import org.grantsplatform.runtime.api.Page;
import org.grantsplatform.runtime.api.PageRequest;

@Path("/api/associations/{id}/sp-reports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social-performance reports")
public class SpReportResource {

    @Inject
    SpReportService reports;

    @GET
    @Operation(summary = "The SP reports of an association's members",
            description = "Filter year (without it, every year). Latest year first, then by member name. Paged.")
    @APIResponse(responseCode = "200", description = "A page of SP reports")
    @APIResponse(responseCode = "400", description = "Invalid year or page")
    @APIResponse(responseCode = "404", description = "Unknown association")
    public Page<SpReportView> list(@PathParam("id") UUID id,
            @QueryParam("year") @PastOrPresentYear(min = SpReport.FIRST_YEAR) Integer year,
            @Valid @BeanParam PageRequest page) {
        return reports.list(id, year, page);
    }
}
