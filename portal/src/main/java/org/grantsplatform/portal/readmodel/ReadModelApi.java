package org.grantsplatform.portal.readmodel;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;

/** reporting-service's read-model administration (admins only; the service answers 403 to anyone else). */
@RegisterRestClient(configKey = "reporting")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/admin/rebuild")
public interface ReadModelApi {

    @GET
    RebuildState state();

    /** The same, for a page that asks several services at once (the home page). */
    @GET
    CompletionStage<RebuildState> stateLater();

    /** Starts a rebuild into a new generation; 409 while one is under way. */
    @POST
    RebuildState rebuild();
}
