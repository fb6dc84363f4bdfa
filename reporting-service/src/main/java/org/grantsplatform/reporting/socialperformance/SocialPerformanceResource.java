package org.grantsplatform.reporting.socialperformance;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.reporting.association.AssociationSummary;
import org.grantsplatform.runtime.problem.Problem;
import org.grantsplatform.runtime.security.Roles;

@Path("/api/reports/social-performance")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.DONOR })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "401", description = "No or bad bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a program manager, donor or admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SocialPerformanceResource {

    @GET
    @Transactional
    @Operation(summary = "Associations' members and transparency, with regional totals")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = SocialPerformanceReport.class)))
    public SocialPerformanceReport report(@QueryParam("region") Region region) {
        List<AssociationSummary> summaries = region == null
                ? AssociationSummary.listAll(Sort.by("name"))
                : AssociationSummary.list("region", Sort.by("name"), region.name());
        Map<String, long[]> totals = new TreeMap<>();
        for (AssociationSummary s : summaries) {
            long[] t = totals.computeIfAbsent(s.region, r -> new long[2]);
            t[0]++;
            t[1] += s.memberCount;
        }
        return new SocialPerformanceReport(
                summaries.stream().map(s -> new SocialPerformanceReport.AssociationRow(s.associationId, s.name,
                        s.country, s.region, s.verified, s.memberCount, s.transparencyYear, s.transparencyRate))
                        .toList(),
                totals.entrySet().stream()
                        .map(e -> new SocialPerformanceReport.RegionTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList());
    }
}
