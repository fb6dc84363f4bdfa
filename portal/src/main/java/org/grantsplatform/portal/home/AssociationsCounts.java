package org.grantsplatform.portal.home;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Total;

@RegisterRestClient(configKey = "associations")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/associations")
public interface AssociationsCounts {

    @GET
    CompletionStage<Total> associations(@QueryParam("verified") Boolean verified, @QueryParam("mine") Boolean mine,
            @QueryParam("size") int size);
}
