package org.grantsplatform.portal.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.application.ApplicationsApi;
import org.grantsplatform.portal.association.AssociationNames;
import org.grantsplatform.portal.programmanager.ProgramManagerTexts;
import org.grantsplatform.portal.programme.ProgrammesApi;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The program manager assigns reviewers to an application by picking them from grants-service's reviewer
 * directory (never by typing ids), each with their workload, and unassigns one who has not acted yet. When the
 * directory does not answer, the page says so and still shows the assignments made.
 */
@Path("/manage/applications/{id}/reviewers")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ CurrentUser.PROGRAM_MANAGER, CurrentUser.ADMIN })
public class AssignmentResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignment(AssignmentPage page, FieldErrors errors, String notice);
    }

    @Inject
    @RestClient
    AssignmentsApi assignments;

    @Inject
    @RestClient
    ApplicationsApi applications;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    AssociationNames names;

    @Inject
    ProgramManagerTexts texts;

    @GET
    public Response assignment(@PathParam("id") UUID id, @QueryParam("search") String search,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        String notice = switch (done == null ? "" : done) {
            case "assigned" -> texts.get().done_assigned();
            case "unassigned" -> texts.get().done_unassigned();
            default -> null;
        };
        String searched = FormValues.blankToNull(search);
        try {
            return Response.ok(Templates.assignment(page(applications.get(id), searched, Math.max(page, 0), Set.of()),
                    FieldErrors.none(), notice)).build();
        } catch (ServiceProblem refused) {
            if (refused.status() != 400 || searched == null) {
                throw refused;
            }
            // a search the directory refuses (a character it does not take) is said beside the search field
            return Response.status(400).entity(Templates.assignment(page(applications.get(id), null, 0, Set.of())
                    .searching(searched), FieldErrors.of(refused.problem(), List.of("search")), null)).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        List<String> picked = form.get("subjects") == null ? List.of()
                : form.get("subjects").stream().filter(s -> !s.isBlank()).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subjects", picked);
        try {
            assignments.assign(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            AssignmentPage page = page(applications.get(id), FormValues.blankToNull(form.getFirst("search")), 0,
                    Set.copyOf(picked));
            Problem worded = AssignmentRefusal.worded(refused.problem(), picked, page.directory(), texts.get());
            return Response.status(refused.status())
                    .entity(Templates.assignment(page, FieldErrors.of(worded, List.of()), null)).build();
        }
        return Response.seeOther(URI.create("/manage/applications/" + id + "/reviewers?done=assigned")).build();
    }

    /** Unassigns one reviewer; one who has reviewed or recused meanwhile (409) stays, and the page says why. */
    @POST
    @Path("unassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unassign(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        String subject = FormValues.blankToNull(form.getFirst("subject"));
        try {
            if (subject == null) {
                throw new ServiceProblem(new Problem(null, "Not Found", 404, null, null));
            }
            assignments.unassign(id, subject);
        } catch (ServiceProblem refused) {
            if (refused.status() != 404 && refused.status() != 409) {
                throw refused;
            }
            AssignmentPage page = page(applications.get(id), null, 0, Set.of());
            String who = subject == null ? "?" : page.directory().label(subject);
            String sentence = refused.status() == 409 ? texts.get().unassign_refused_acted(who)
                    : texts.get().unassign_refused_gone(who);
            return Response.status(refused.status()).entity(Templates.assignment(page,
                    FieldErrors.of(new Problem(null, null, refused.status(), sentence, List.of()), List.of()), null))
                    .build();
        }
        return Response.seeOther(URI.create("/manage/applications/" + id + "/reviewers?done=unassigned")).build();
    }

    private AssignmentPage page(Application application, String search, int page, Set<String> picked) {
        return new AssignmentPage(application, programmes.get(application.programmeId()),
                names.label(application.associationId()), directory(search, page), search == null ? "" : search,
                picked);
    }

    /**
     * The reviewers to pick from (those the search finds) and everyone's names for the assignments made. A
     * directory that does not answer (503) leaves the page without them; a refused search (400) is the caller's to
     * show.
     */
    private ReviewerDirectory directory(String search, int page) {
        try {
            Page<Reviewer> everyone = assignments.reviewers(null, 0, AssignmentsApi.ALL);
            Page<Reviewer> shown = search == null && page == 0 ? everyone
                    : assignments.reviewers(search, page, AssignmentsApi.ALL);
            return ReviewerDirectory.of(shown, everyone);
        } catch (ServiceProblem refused) {
            if (refused.status() >= 500) {
                return ReviewerDirectory.unanswered();
            }
            throw refused;
        }
    }
}
