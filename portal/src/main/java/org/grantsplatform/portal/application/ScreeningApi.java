package org.grantsplatform.portal.application;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;

/** grants-service's screening of a submitted application, called as the signed-in program manager. */
@RegisterRestClient(configKey = "grants")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/applications")
public interface ScreeningApi {

    /** {@code {eligible, note}}: SUBMITTED → UNDER_REVIEW, or INELIGIBLE (then the note is required). */
    @POST
    @Path("{id}/screening")
    Application screen(@PathParam("id") UUID id, Map<String, Object> screening);
}
