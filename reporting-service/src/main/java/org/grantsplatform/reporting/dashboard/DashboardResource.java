package org.grantsplatform.reporting.dashboard;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.grantsplatform.runtime.security.Caller;
import org.grantsplatform.runtime.security.Roles;

/**
 * The dashboard page: the server renders the frame, the browser draws the charts from the same
 * JSON report endpoints, called with the page's session cookie.
 */
@Path("/")
@RolesAllowed({ Roles.PROGRAM_MANAGER, Roles.ADMIN, Roles.DONOR })
@Tag(name = "Dashboard")
public class DashboardResource {

    @Inject
    Template dashboard;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The reporting dashboard (OIDC login)", hidden = true)
    public TemplateInstance page() {
        return dashboard.data("user", caller.userName())
                .data("scope", caller.seesEverything() ? "all programmes" : "your programmes");
    }
}
