package org.grantsplatform.portal.programme;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The calls for proposals an association may answer: the published programmes, and for each of the user's
 * associations whether grants-service finds it eligible today or which of the programme's rules it does not
 * meet yet.
 */
@Path("/calls")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CallsResource {

    static final int PAGE_SIZE = 20;
    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calls(Page<Programme> page, String status, List<Call> calls,
                List<Association> associations);

        static native TemplateInstance call(Call call, List<Association> associations);
    }

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    OwnAssociations associations;

    /** Open calls, or with {@code ?status=CLOSED} the closed ones (applicants see only these two). */
    @GET
    public TemplateInstance calls(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        String shown = CLOSED.equals(status) ? CLOSED : OPEN;
        Page<Programme> published = programmes.list(shown, Math.max(page, 0), PAGE_SIZE);
        List<Association> mine = associations.list();
        List<List<CompletableFuture<EligibilityCheck>>> asked = published.items().stream().map(p -> ask(p, mine)).toList();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            calls.add(call(published.items().get(i), mine, asked.get(i)));
        }
        return Templates.calls(published, shown, calls, mine);
    }

    @GET
    @Path("{id}")
    public TemplateInstance call(@PathParam("id") UUID id) {
        List<Association> mine = associations.list();
        Programme programme = programmes.get(id);
        return Templates.call(call(programme, mine, ask(programme, mine)), mine);
    }

    /**
     * Asks grants-service whether each association may apply: all questions of a page at once, so it waits for
     * the slowest answer, not for their sum. A closed call takes no application: nothing is asked.
     */
    private List<CompletableFuture<EligibilityCheck>> ask(Programme programme, List<Association> associations) {
        return associations.stream().map(a -> OPEN.equals(programme.status()) ? eligibility(programme.id(), a.id())
                : CompletableFuture.<EligibilityCheck>completedFuture(null)).toList();
    }

    private Call call(Programme programme, List<Association> associations, List<CompletableFuture<EligibilityCheck>> checks) {
        List<Call.Standing> standings = new ArrayList<>();
        for (int i = 0; i < associations.size(); i++) {
            standings.add(new Call.Standing(associations.get(i), Answers.join(checks.get(i))));
        }
        return new Call(programme, standings);
    }

    /** null when grants-service does not know the association yet (a 404: its registration is still on its way). */
    private CompletableFuture<EligibilityCheck> eligibility(UUID programmeId, UUID associationId) {
        return programmes.eligibility(programmeId, associationId).toCompletableFuture().exceptionallyCompose(error -> {
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (cause instanceof ServiceProblem refused && refused.status() == 404) {
                return CompletableFuture.completedFuture(null);
            }
            return CompletableFuture.failedFuture(cause);
        });
    }
}
