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
import org.eclipse.microprofile.rest.client.inject.RestClient;
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
        List<Call> calls = new ArrayList<>();
        for (Programme programme : published.items()) {
            calls.add(call(programme, mine));
        }
        return Templates.calls(published, shown, calls, mine);
    }

    @GET
    @Path("{id}")
    public TemplateInstance call(@PathParam("id") UUID id) {
        List<Association> mine = associations.list();
        return Templates.call(call(programmes.get(id), mine), mine);
    }

    /** A closed call takes no application: its associations' standings are not asked for. */
    private Call call(Programme programme, List<Association> associations) {
        List<Call.Standing> standings = new ArrayList<>();
        for (Association association : associations) {
            EligibilityCheck check = null;
            if (OPEN.equals(programme.status())) {
                check = eligibility(programme.id(), association.id());
            }
            standings.add(new Call.Standing(association, check));
        }
        return new Call(programme, standings);
    }

    /** null when grants-service does not know the association yet (a 404: its registration is still on its way). */
    private EligibilityCheck eligibility(UUID programmeId, UUID associationId) {
        try {
            return programmes.eligibility(programmeId, associationId);
        } catch (ServiceProblem refused) {
            if (refused.status() == 404) {
                return null;
            }
            throw refused;
        }
    }
}
