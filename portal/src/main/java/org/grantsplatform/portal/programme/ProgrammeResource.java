package org.grantsplatform.portal.programme;

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
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.portal.association.Choice;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormRow;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;
import org.grantsplatform.portal.web.Total;

/**
 * The donor's programmes: the list, one programme, the draft form (new and edit, rubric rows added and removed
 * without JavaScript or added by htmx), and publishing and closing, each behind a page that says what it means.
 */
@Path("/programmes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.DONOR)
public class ProgrammeResource {

    static final int PAGE_SIZE = 20;
    /** grants-service's ProgrammeStatus, in the order of a programme's life. */
    static final List<String> STATUSES = List.of("DRAFT", "OPEN", "CLOSED");
    static final List<String> WINDOWS = Arrays.stream(FundingWindow.values()).map(Enum::name).toList();
    static final List<String> REGIONS = Arrays.stream(Region.values()).map(Enum::name).toList();

    /** The draft form's buttons, by their {@code intent} value. */
    static final String SAVE = "save";
    static final String ADD_CRITERION = "add-criterion";
    static final String REMOVE_CRITERION = "remove-criterion-";

    static final String PUBLISH = "publish";
    static final String CLOSE = "close";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance programmes(Page<Programme> page, List<Row> rows, List<String> statuses,
                String status, String pagerBase);

        static native TemplateInstance programme(Programme programme, String done);

        static native TemplateInstance form(Programme programme, ProgrammeForm form, List<String> windows,
                List<String> regions, List<Choice> currencies, FieldErrors errors);

        /** One rubric row, for htmx to add. */
        static native TemplateInstance form$criterion(FormRow row, FieldErrors errors);

        /** The page before publishing or closing: what it means; a refusal as a sentence. */
        static native TemplateInstance confirm(Programme programme, String action, String refusal);
    }

    /** One line of "My programmes": the programme and how many of its applications wait for a decision. */
    public record Row(Programme programme, long toDecide) {
    }

    @Inject
    DonorProgrammes mine;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    @RestClient
    ApplicationCounts counts;

    @Inject
    Language language;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        String shown = status != null && STATUSES.contains(status) ? status : null;
        Page<Programme> found = mine.page(shown, Math.max(page, 0), PAGE_SIZE);
        // a draft takes no application: only the others are asked about, all at once
        List<CompletionStage<Total>> asked = found.items().stream().map(p -> "DRAFT".equals(p.status())
                ? CompletableFuture.completedStage(new Total(0))
                : counts.applicationsOf(p.id(), "UNDER_REVIEW", 1)).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            rows.add(new Row(found.items().get(i), Answers.join(asked.get(i)).total()));
        }
        return Templates.programmes(found, rows, STATUSES, shown,
                shown == null ? "/programmes?" : "/programmes?status=" + shown + "&");
    }

    @GET
    @Path("{id}")
    public TemplateInstance view(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return Templates.programme(mine.owned(id), done);
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return form(null, ProgrammeForm.empty(), FieldErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        return save(null, form);
    }

    @GET
    @Path("{id}/edit")
    public Response editForm(@PathParam("id") UUID id) {
        Programme programme = mine.owned(id);
        if (!"DRAFT".equals(programme.status())) {
            // only a draft can change; its page says where it stands
            return Response.seeOther(URI.create("/programmes/" + id)).build();
        }
        return Response.ok(form(programme, ProgrammeForm.of(programme), FieldErrors.none())).build();
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return save(mine.owned(id), form);
    }

    /** htmx: one more empty rubric row, numbered after the rows the form holds. */
    @POST
    @Path("rows/rubric")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance criterion(MultivaluedMap<String, String> form) {
        return Templates.form$criterion(ProgrammeForm.RUBRIC.empty(ProgrammeForm.RUBRIC.nextIndex(form)),
                FieldErrors.none());
    }

    @GET
    @Path("{id}/publish")
    public TemplateInstance publishing(@PathParam("id") UUID id) {
        return Templates.confirm(mine.owned(id), PUBLISH, null);
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") UUID id) {
        return move(mine.owned(id), PUBLISH);
    }

    @GET
    @Path("{id}/close")
    public TemplateInstance closing(@PathParam("id") UUID id) {
        return Templates.confirm(mine.owned(id), CLOSE, null);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id) {
        return move(mine.owned(id), CLOSE);
    }

    /** Publishes or closes; a 409 (it is no longer a draft, or not open) shows the page again with a sentence. */
    private Response move(Programme programme, String action) {
        try {
            if (PUBLISH.equals(action)) {
                programmes.publish(programme.id());
            } else {
                programmes.close(programme.id());
            }
        } catch (ServiceProblem refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            Programme now = mine.owned(programme.id());
            DonorMessages texts = language.texts(DonorMessages.class);
            String status = texts.programme_status(now.status());
            String refusal = PUBLISH.equals(action) ? texts.publish_refused(status) : texts.close_refused(status);
            return Response.status(409).entity(Templates.confirm(now, action, refusal)).build();
        }
        return Response.seeOther(URI.create("/programmes/" + programme.id() + "?done="
                + (PUBLISH.equals(action) ? "published" : "closed"))).build();
    }

    /**
     * The draft form's buttons: add or remove a rubric row (the form again: the way without JavaScript), or save
     * (create or update). A refusal shows the form again as typed, with blank rows left out so that the service's
     * row numbers are the rows shown.
     */
    private Response save(Programme programme, MultivaluedMap<String, String> form) {
        ProgrammeForm typed = ProgrammeForm.posted(form);
        String intent = form.getFirst("intent") == null ? SAVE : form.getFirst("intent");
        if (ADD_CRITERION.equals(intent)) {
            return Response.ok(form(programme, typed.withCriterion(), FieldErrors.none())).build();
        }
        if (intent.startsWith(REMOVE_CRITERION)) {
            return Response.ok(form(programme, typed.withoutCriterion(index(intent)), FieldErrors.none())).build();
        }
        Programme saved;
        try {
            saved = programme == null ? programmes.create(typed.body(false))
                    : programmes.update(programme.id(), typed.body(true));
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            ProgrammeForm sent = typed.asSent();
            return Response.status(refused.status())
                    .entity(form(programme, sent, errors(refused.problem(), sent)))
                    .build();
        }
        return Response.seeOther(URI.create("/programmes/" + saved.id() + "?done=saved")).build();
    }

    /** The refusal by field; a 409 (changed meanwhile, or no longer a draft) as a sentence above the form. */
    private FieldErrors errors(Problem problem, ProgrammeForm form) {
        DonorMessages texts = language.texts(DonorMessages.class);
        Problem worded = problem;
        if (problem.status() == 409) {
            worded = new Problem(problem.type(), problem.title(), 409, null,
                    List.of(new Problem.Violation(null, texts.programme_changed(), null, null, null)));
        }
        return FieldErrors.of(worded, form.fields());
    }

    private TemplateInstance form(Programme programme, ProgrammeForm form, FieldErrors errors) {
        return Templates.form(programme, form, WINDOWS, REGIONS, currencies(), errors);
    }

    /** ISO 4217 currencies by code, each named in the page's language. */
    private List<Choice> currencies() {
        return Currency.getAvailableCurrencies().stream()
                .sorted(Comparator.comparing(Currency::getCurrencyCode))
                .map(c -> new Choice(c.getCurrencyCode(), c.getCurrencyCode() + " – " + c.getDisplayName(language.locale())))
                .toList();
    }

    /** The row a "Remove" button names; an index that is no number removes nothing. */
    private static int index(String intent) {
        try {
            return Integer.parseInt(intent.substring(REMOVE_CRITERION.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
