package org.grantsplatform.portal.association;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * Associations' names as pages that list other people's associations show them ("Red Andina (RAM)"): every
 * signed-in user may read an association's profile. The associations of a page are asked all at once, each once
 * per request; one associations-service does not know has no name (null), for the page to say so.
 */
@RequestScoped
public class AssociationNames {

    @Inject
    @RestClient
    AssociationsApi associations;

    private final Map<UUID, String> known = new HashMap<>();

    public Map<UUID, String> of(Collection<UUID> ids) {
        Map<UUID, CompletableFuture<String>> asked = new HashMap<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            if (id != null && !known.containsKey(id)) {
                asked.put(id, associations.lookUp(id).toCompletableFuture().thenApply(AssociationNames::label)
                        .exceptionallyCompose(AssociationNames::unknown));
            }
        }
        asked.forEach((id, name) -> known.put(id, Answers.join(name)));
        Map<UUID, String> names = new HashMap<>();
        ids.forEach(id -> names.put(id, known.get(id)));
        return names;
    }

    public String label(UUID id) {
        return of(List.of(id)).get(id);
    }

    static String label(Association a) {
        return a.acronym() == null || a.acronym().isBlank() ? a.name() : a.name() + " (" + a.acronym() + ")";
    }

    /** A 404 is an association without a name; any other failure is the page's. */
    private static CompletableFuture<String> unknown(Throwable error) {
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (cause instanceof ServiceProblem refused && refused.status() == 404) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.failedFuture(cause);
    }
}
