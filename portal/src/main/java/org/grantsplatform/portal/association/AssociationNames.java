package org.grantsplatform.portal.association;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.AccessTokenPropagation;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * Any association's name for the program manager's lists, which name the associations of other people's
 * applications and grants: the associations of one page asked of associations-service at once.
 */
@RequestScoped
public class AssociationNames {

    @RegisterRestClient(configKey = "associations")
    @RegisterProvider(AccessTokenPropagation.class)
    @Path("/api/associations")
    public interface Lookup {

        @GET
        @Path("{id}")
        CompletionStage<Association> get(@PathParam("id") UUID id);
    }

    @Inject
    @RestClient
    Lookup lookup;

    private final Map<UUID, String> labels = new HashMap<>();

    /** Asks for every association not asked yet in this request, all at once, and waits for the answers. */
    public AssociationNames load(Collection<UUID> ids) {
        Map<UUID, CompletableFuture<Association>> asked = new HashMap<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            if (id != null && !labels.containsKey(id)) {
                asked.put(id, lookup.get(id).toCompletableFuture());
            }
        }
        asked.forEach((id, answer) -> labels.put(id, label(answer)));
        return this;
    }

    /** "Red Financiera Rural (RFR)", or null when associations-service does not know it. */
    public String label(UUID id) {
        return load(List.of(id)).labels.get(id);
    }

    private static String label(CompletableFuture<Association> answer) {
        try {
            Association a = answer.join();
            return a.acronym() == null || a.acronym().isBlank() ? a.name() : a.name() + " (" + a.acronym() + ")";
        } catch (CompletionException e) {
            if (e.getCause() instanceof ServiceProblem refused && refused.status() == 404) {
                return null;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
