package org.grantsplatform.portal.association;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Page;

/** associations-service's verification of associations, called as the signed-in program manager. */
@RegisterRestClient(configKey = "associations")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/associations")
public interface VerificationApi {

    /** Every association (not only the caller's), verified or not, whose name contains {@code q}. */
    @GET
    Page<Association> list(@QueryParam("verified") Boolean verified, @QueryParam("q") String q,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** {@code {verified, note}}: verifies ({@code true}) or revokes; the note is required either way. */
    @POST
    @Path("{id}/verification")
    Association verify(@PathParam("id") UUID id, Map<String, Object> decision);
}
