package org.grantsplatform.portal.application;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.association.Association;
import org.grantsplatform.portal.association.AssociationNames;
import org.grantsplatform.portal.association.AssociationsApi;
import org.grantsplatform.portal.programmanager.ProgramManagerTexts;
import org.grantsplatform.portal.programme.EligibilityCheck;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.programme.ProgrammesApi;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Option;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The program manager's applications: those submitted, to screen, and those under review, to assign reviewers
 * to; an application read-only with its association and today's eligibility, and the screening form.
 */
@Path("/manage/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ CurrentUser.PROGRAM_MANAGER, CurrentUser.ADMIN })
public class ScreeningResource {

    static final int PAGE_SIZE = 20;
    /** The programmes offered in the filter, per status: the most grants-service gives in one page. */
    static final int PROGRAMME_CHOICES = 100;
    static final String SUBMITTED = "SUBMITTED";
    static final String UNDER_REVIEW = "UNDER_REVIEW";
    /** The screening form's inputs, named as grants-service's ScreeningRequest names the fields. */
    static final List<String> SCREENING_FIELDS = List.of("eligible", "note");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance applications(Page<Application> page, List<ScreeningRow> rows, String status,
                List<Option> programmes, String filter, String base);

        static native TemplateInstance application(Application application, Programme programme,
                Association association, EligibilityCheck eligibility, Map<String, String> values, FieldErrors errors,
                String notice);
    }

    @Inject
    @RestClient
    ApplicationsApi applications;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    @RestClient
    AssociationsApi associations;

    @Inject
    AssociationNames names;

    @Inject
    @RestClient
    ScreeningApi screening;

    @Inject
    ProgramManagerTexts texts;

    /**
     * Submitted applications (the default), or those under review with {@code status=UNDER_REVIEW}; of one programme
     * with {@code programmeId}, chosen among the open and closed programmes by name.
     */
    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("programmeId") String programmeId,
            @QueryParam("page") @DefaultValue("0") int page) {
        String shown = UNDER_REVIEW.equals(status) ? UNDER_REVIEW : SUBMITTED;
        UUID programme = FormValues.idOrNull(programmeId);
        Page<Application> found = applications.list(shown, programme, null, Math.max(page, 0), PAGE_SIZE);
        names.of(found.items().stream().map(Application::associationId).toList());
        Map<UUID, Programme> byId = programmes.byId(found.items().stream().map(Application::programmeId).toList());
        List<ScreeningRow> rows = new ArrayList<>();
        for (Application a : found.items()) {
            rows.add(new ScreeningRow(a, byId.get(a.programmeId()),
                    names.label(a.associationId())));
        }
        List<Option> choices = new ArrayList<>();
        for (String state : List.of("OPEN", "CLOSED")) {
            programmes.list(state, 0, PROGRAMME_CHOICES).items().forEach(p ->
                    choices.add(new Option(p.id().toString(), p.name(), p.id().equals(programme))));
        }
        choices.sort(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER));
        String filter = programme == null ? "" : "programmeId=" + programme + "&";
        return Templates.applications(found, rows, shown, choices, filter,
                "/manage/applications?" + filter + "status=" + shown + "&");
    }

    @GET
    @Path("{id}")
    public TemplateInstance view(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Application application = applications.get(id);
        String notice = switch (done == null ? "" : done) {
            case "eligible" -> texts.get().screened_eligible();
            case "ineligible" -> texts.get().screened_ineligible();
            default -> null;
        };
        return page(application, Map.of(), FieldErrors.none(), notice);
    }

    @POST
    @Path("{id}/screening")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response screen(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        String eligible = form.getFirst("eligible");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eligible", "true".equals(eligible) ? Boolean.TRUE : "false".equals(eligible) ? Boolean.FALSE : null);
        body.put("note", FormValues.blankToNull(form.getFirst("note")));
        try {
            screening.screen(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            return Response.status(refused.status()).entity(page(applications.get(id), FormValues.firstValues(form),
                    texts.refusal(refused, SCREENING_FIELDS, Map.of("eligible", texts.get().screen_choose(),
                            "note", texts.get().screen_note_required())), null)).build();
        }
        return Response.seeOther(URI.create("/manage/applications/" + id + "?done="
                + (Boolean.TRUE.equals(body.get("eligible")) ? "eligible" : "ineligible"))).build();
    }

    private TemplateInstance page(Application application, Map<String, String> values, FieldErrors errors,
            String notice) {
        CompletionStage<EligibilityCheck> eligibility = programmes.eligibility(application.programmeId(),
                application.associationId());
        Programme programme = programmes.get(application.programmeId());
        Association association = associationOrNone(application.associationId());
        return Templates.application(application, programme, association, eligibilityOrNone(eligibility), values,
                errors, notice);
    }

    /** The association's profile, or null when associations-service does not know it (a 404). */
    private Association associationOrNone(UUID id) {
        try {
            return associations.get(id);
        } catch (ServiceProblem refused) {
            if (refused.status() == 404) {
                return null;
            }
            throw refused;
        }
    }

    /** Today's check, or null when grants-service has not learnt the association (a 404). */
    private static EligibilityCheck eligibilityOrNone(CompletionStage<EligibilityCheck> answer) {
        try {
            return Answers.join(answer);
        } catch (ServiceProblem refused) {
            if (refused.status() == 404) {
                return null;
            }
            throw refused;
        }
    }
}
