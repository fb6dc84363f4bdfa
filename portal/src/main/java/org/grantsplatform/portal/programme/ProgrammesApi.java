package org.grantsplatform.portal.programme;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.Page;

/** grants-service's programmes, called as the signed-in user. */
@RegisterRestClient(configKey = "grants")
@RegisterProvider(AccessTokenPropagation.class)
@Path("/api/programmes")
public interface ProgrammesApi {

    @GET
    Page<Programme> list(@QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("{id}")
    Programme get(@PathParam("id") UUID id);

    /** The same, asked without waiting: a list page asks for all its rows' programmes at once. */
    @GET
    @Path("{id}")
    CompletionStage<Programme> getLater(@PathParam("id") UUID id);

    /** The programmes of a page's rows by id, each asked once and all at the same time. */
    default Map<UUID, Programme> byId(Collection<UUID> ids) {
        Map<UUID, CompletionStage<Programme>> asked = new LinkedHashMap<>();
        ids.forEach(id -> asked.computeIfAbsent(id, this::getLater));
        Map<UUID, Programme> found = new HashMap<>();
        asked.forEach((id, answer) -> found.put(id, Answers.join(answer)));
        return found;
    }

    /** Whether one of the caller's associations may apply today; 404 for another's or one grants-service does not know. */
    @GET
    @Path("{id}/eligibility")
    CompletionStage<EligibilityCheck> eligibility(@PathParam("id") UUID id, @QueryParam("associationId") UUID associationId);

    /** A draft: grants-service's ProgrammeRequest; the caller becomes its donor. */
    @POST
    Programme create(Map<String, Object> programme);

    /** The same fields and {@code version}, while the programme is a DRAFT. */
    @PUT
    @Path("{id}")
    Programme update(@PathParam("id") UUID id, Map<String, Object> programme);

    /** DRAFT → OPEN. */
    @POST
    @Path("{id}/publish")
    Programme publish(@PathParam("id") UUID id);

    /** OPEN → CLOSED. */
    @POST
    @Path("{id}/close")
    Programme close(@PathParam("id") UUID id);
}
