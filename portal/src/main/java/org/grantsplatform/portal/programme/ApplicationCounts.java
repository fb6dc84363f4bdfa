package org.grantsplatform.portal.programme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Total;

/** How many of a programme's applications grants-service lists in a status, as the user sees them. */
@RegisterRestClient(configKey = "grants")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/applications")
public interface ApplicationCounts {

    /** A donor sees their own programmes' applications once submitted. */
    @GET
    CompletionStage<Total> applicationsOf(@QueryParam("programmeId") UUID programmeId, @QueryParam("status") String status,
            @QueryParam("size") int size);
}
