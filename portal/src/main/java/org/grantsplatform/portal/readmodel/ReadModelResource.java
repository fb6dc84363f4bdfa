package org.grantsplatform.portal.readmodel;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The admin's page of reporting-service's read model: which generation answers, how fresh it is, and a rebuild
 * from every event (asked for on a page of its own) whose progress the page follows every two seconds. The service
 * answers admins only; anyone else gets its 403 as the 403 page.
 */
@Path("/admin/read-model")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReadModelResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance readModel(RebuildState state, Integer watch, boolean alreadyRunning);

        /** The part of the page that htmx asks for again while a rebuild runs. */
        static native TemplateInstance readModel$status(RebuildState state, Integer watch);

        static native TemplateInstance rebuild(RebuildState state);
    }

    @Inject
    @RestClient
    ReadModelApi readModel;

    /** @param watch the generation of a rebuild this admin started, to say when it has finished */
    @GET
    public TemplateInstance page(@QueryParam("watch") Integer watch, @QueryParam("running") boolean running) {
        return Templates.readModel(readModel.state(), watch, running);
    }

    @GET
    @Path("status")
    public TemplateInstance status(@QueryParam("watch") Integer watch) {
        return Templates.readModel$status(readModel.state(), watch);
    }

    /** The confirmation: what a rebuild does, and the button that starts it. */
    @GET
    @Path("rebuild")
    public TemplateInstance confirm() {
        return Templates.rebuild(readModel.state());
    }

    @POST
    @Path("rebuild")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rebuild() {
        RebuildState started;
        try {
            started = readModel.rebuild();
        } catch (ServiceProblem refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            return Response.seeOther(URI.create("/admin/read-model?running=true")).build();
        }
        // a rebuild that caught up at once already answers
        RebuildState.Generation watched = started.building() != null ? started.building() : started.active();
        return Response.seeOther(URI.create("/admin/read-model?watch=" + watched.generation())).build();
    }
}
