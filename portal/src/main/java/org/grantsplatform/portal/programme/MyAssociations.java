package org.grantsplatform.portal.programme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Page;

/** The associations the signed-in user owns (associations-service, {@code ?mine=true}): whom they apply for. */
@RegisterRestClient(configKey = "associations")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/associations")
public interface MyAssociations {

    /** The largest page the services answer; an applicant owns a handful of associations. */
    int ALL = 100;

    @GET
    Page<Association> list(@QueryParam("mine") boolean mine, @QueryParam("page") int page, @QueryParam("size") int size);
}
