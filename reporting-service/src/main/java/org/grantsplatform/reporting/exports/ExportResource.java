package org.grantsplatform.reporting.exports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.reporting.readmodel.Viewer;
import org.grantsplatform.runtime.security.Caller;
import org.grantsplatform.runtime.security.Roles;

/**
 * Open-data exports of the awarded grants the caller may see, streamed page by page. An empty
 * portfolio gives an empty list, which the 360Giving package and IATI schemas (at least one grant
 * or activity) do not accept as a publishable file.
 */
@Path("/api/exports")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.DONOR })
@Tag(name = "Exports")
@APIResponse(responseCode = "403", description = "Not a program manager, donor or admin")
public class ExportResource {

    @Inject
    ExportQuery grants;

    @Inject
    Caller caller;

    @Inject
    ExportSettings settings;

    @Inject
    IatiPublisher publisher;

    @GET
    @Path("/360giving.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Awarded grants in the 360Giving Data Standard's JSON (schema 1.4)")
    @APIResponse(responseCode = "200", description = "A 360Giving grants package")
    public Response threeSixtyGiving() {
        Viewer viewer = Viewer.of(caller);
        StreamingOutput body = stream -> {
            try (ThreeSixtyGivingWriter out = new ThreeSixtyGivingWriter(stream, settings.threeSixtyGivingPrefix())) {
                grants.forEach(viewer, out::write);
            }
        };
        return download(body, MediaType.APPLICATION_JSON, "360giving.json");
    }

    @GET
    @Path("/iati-activities.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Grants as IATI 2.03 activities with commitment (2) and disbursement (3) transactions")
    @APIResponse(responseCode = "200", description = "An iati-activities document")
    @APIResponse(responseCode = "503", description = "The publisher's IATI organisation identifier is not configured")
    public Response iati() {
        Viewer viewer = Viewer.of(caller);
        String reportingOrgRef = publisher.ref();
        StreamingOutput body = stream -> {
            try (IatiActivitiesWriter out = new IatiActivitiesWriter(stream, reportingOrgRef, publisher.type(),
                    publisher.name(), publisher.language())) {
                grants.forEach(viewer, out::write);
            }
        };
        return download(body, MediaType.APPLICATION_XML, "iati-activities.xml");
    }

    @GET
    @Path("/grants.csv")
    @Produces("text/csv")
    @Operation(summary = "One row per awarded grant")
    @APIResponse(responseCode = "200", description = "CSV with a header row")
    public Response csv() {
        Viewer viewer = Viewer.of(caller);
        StreamingOutput body = stream -> {
            try (GrantsCsvWriter out = new GrantsCsvWriter(stream)) {
                grants.forEach(viewer, out::write);
            }
        };
        return download(body, "text/csv; charset=UTF-8", "grants.csv");
    }

    private static Response download(StreamingOutput body, String type, String name) {
        return Response.ok(body, type).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .build();
    }
}
