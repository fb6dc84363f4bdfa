package org.grantsplatform.portal.application;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.events.reference.Strategy;
import org.grantsplatform.portal.programme.OwnAssociations;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.programme.ProgrammesApi;
import org.grantsplatform.portal.programme.RuleSentences;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormRow;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;
import org.grantsplatform.portal.web.WebTexts;

/**
 * The applicant's applications: the list, one application with its history, the draft form (new and edit,
 * with rows added without JavaScript or by htmx), submission (every failed eligibility rule shown by the field
 * it names) and withdrawal behind a confirmation page.
 */
@Path("/applications")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ApplicationResource {

    static final int PAGE_SIZE = 20;
    /** The history shown on an application's page: far more than an application's life has. */
    static final int HISTORY_SIZE = 100;
    /** grants-service's ApplicationStatus, in the order of an application's life. */
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "INELIGIBLE", "AWARDED",
            "REJECTED", "WITHDRAWN");
    static final List<String> STRATEGIES = Arrays.stream(Strategy.values()).map(Enum::name).toList();

    /** The buttons of the draft form, by their {@code intent} value. */
    static final String SAVE = "save";
    static final String SUBMIT = "submit";
    static final String ADD_BUDGET_LINE = "add-budget-line";
    static final String ADD_OUTCOME = "add-outcome";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance applications(Page<Application> page, List<ApplicationRow> rows,
                List<String> statuses, String status, String pagerBase);

        static native TemplateInstance application(Application application, Programme programme, String association,
                Page<HistoryEntry> history, String notice);

        static native TemplateInstance form(DraftFor target, DraftForm draft, List<String> strategies,
                FieldErrors errors, String notice);

        /** One row of budget lines or planned outcomes, for htmx to add. */
        static native TemplateInstance form$line(FormRow row, FieldErrors errors);

        static native TemplateInstance withdraw(Application application, Programme programme, String association,
                String note, FieldErrors errors);
    }

    @Inject
    @RestClient
    ApplicationsApi applications;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    OwnAssociations associations;

    @Inject
    Language language;

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        String shown = status != null && STATUSES.contains(status) ? status : null;
        // grants-service lists them oldest first; people look for their latest
        Page<Application> found = Page.newestFirst(Math.max(page, 0), PAGE_SIZE,
                p -> applications.list(shown, null, null, p, PAGE_SIZE));
        Map<UUID, Programme> byId = new HashMap<>();
        List<ApplicationRow> rows = new ArrayList<>();
        for (Application a : found.items()) {
            rows.add(new ApplicationRow(a, byId.computeIfAbsent(a.programmeId(), programmes::get),
                    associations.label(a.associationId())));
        }
        return Templates.applications(found, rows, STATUSES, shown,
                shown == null ? "/applications?" : "/applications?status=" + shown + "&");
    }

    @GET
    @Path("{id}")
    public TemplateInstance view(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Application application = applications.get(id);
        ApplyTexts t = texts();
        String notice = switch (done == null ? "" : done) {
            case "saved" -> t.notice_saved();
            case "submitted" -> t.notice_submitted();
            case "withdrawn" -> t.notice_withdrawn();
            default -> null;
        };
        return Templates.application(application, programmes.get(application.programmeId()),
                associations.label(application.associationId()), applications.history(id, 0, HISTORY_SIZE),
                notice);
    }

    @GET
    @Path("new")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public Response newForm(@QueryParam("programmeId") String programmeId, @QueryParam("associationId") String associationId) {
        if (programmeId == null || programmeId.isBlank() || associationId == null || associationId.isBlank()) {
            // a draft answers a call for one association: choose them on the calls page
            return Response.seeOther(URI.create("/calls")).build();
        }
        UUID association = uuid(associationId);
        DraftFor target = new DraftFor(programmes.get(uuid(programmeId)), association,
                associations.label(association), null);
        return Response.ok(form(target, DraftForm.empty(), FieldErrors.none(), null)).build();
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public Response create(MultivaluedMap<String, String> form) {
        UUID associationId = uuid(form.getFirst("associationId"));
        DraftFor target = new DraftFor(programmes.get(uuid(form.getFirst("programmeId"))), associationId,
                associations.label(associationId), null);
        return save(target, form);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public Response editForm(@PathParam("id") UUID id) {
        Application application = applications.get(id);
        if (!application.draft()) {
            // only a draft can change; its page says where it stands
            return Response.seeOther(URI.create("/applications/" + id)).build();
        }
        return Response.ok(form(target(application), DraftForm.of(application), FieldErrors.none(), null)).build();
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return save(target(applications.get(id)), form);
    }

    /** "Submit" on the application's page; a refusal shows the draft form with each failed rule by its field. */
    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public Response submit(@PathParam("id") UUID id) {
        return submitted(target(applications.get(id)), texts().notice_not_submitted());
    }

    @GET
    @Path("{id}/withdraw")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance withdrawal(@PathParam("id") UUID id) {
        Application application = applications.get(id);
        return Templates.withdraw(application, programmes.get(application.programmeId()),
                associations.label(application.associationId()), "", FieldErrors.none());
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public Response withdraw(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("note", FormValues.blankToNull(form.getFirst("note")));
        try {
            applications.withdraw(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Application application = applications.get(id);
            String note = form.getFirst("note");
            return Response.status(refused.status())
                    .entity(Templates.withdraw(application, programmes.get(application.programmeId()),
                            associations.label(application.associationId()), note == null ? "" : note,
                            FieldErrors.of(refused.problem(), List.of("note"))
                                    .labelled(Map.of("note", texts().note_label()))))
                    .build();
        }
        return Response.seeOther(URI.create("/applications/" + id + "?done=withdrawn")).build();
    }

    /** htmx: one more empty budget line, numbered after the rows the form holds. */
    @POST
    @Path("rows/budgetLines")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance budgetLine(MultivaluedMap<String, String> form) {
        return Templates.form$line(DraftForm.budgetLines(texts()).empty(DraftForm.BUDGET_LINES.nextIndex(form)),
                FieldErrors.none());
    }

    /** htmx: one more empty planned outcome. */
    @POST
    @Path("rows/outcomes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance outcome(MultivaluedMap<String, String> form) {
        return Templates.form$line(DraftForm.outcomes(texts()).empty(DraftForm.OUTCOMES.nextIndex(form)),
                FieldErrors.none());
    }

    /**
     * The draft form's buttons: add a row (the form again, one row longer: the way without JavaScript), or save
     * (create or update), then on "Save and submit" submit. A refusal shows the form again as typed, with blank
     * rows left out so that the service's row numbers are the rows shown.
     */
    private Response save(DraftFor target, MultivaluedMap<String, String> form) {
        DraftForm draft = DraftForm.posted(form);
        String intent = form.getFirst("intent") == null ? SAVE : form.getFirst("intent");
        if (ADD_BUDGET_LINE.equals(intent) || ADD_OUTCOME.equals(intent)) {
            DraftForm longer = ADD_BUDGET_LINE.equals(intent) ? draft.withBudgetLine() : draft.withOutcome();
            return Response.ok(form(target, longer, FieldErrors.none(), null)).build();
        }
        Application saved;
        try {
            Map<String, Object> body = draft.body(target.programme().id(), target.associationId(),
                    target.application() != null);
            saved = target.application() == null ? applications.create(body)
                    : applications.update(target.application().id(), body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            DraftForm sent = draft.asSent();
            return Response.status(refused.status())
                    .entity(form(target, sent, errors(refused, sent), null))
                    .build();
        }
        if (SUBMIT.equals(intent)) {
            return submitted(target.saved(saved), texts().notice_saved_not_submitted());
        }
        return Response.seeOther(URI.create("/applications/" + saved.id() + "?done=saved")).build();
    }

    /**
     * Submits a saved draft. A 422 (the eligibility rules it fails) shows the draft form with each rule beside the
     * field it names, and the others (about the association or the programme) in the summary.
     */
    private Response submitted(DraftFor target, String notice) {
        Application draft = target.application();
        try {
            applications.submit(draft.id());
        } catch (ServiceProblem refused) {
            if (refused.status() != 422 || !draft.draft()) {
                throw refused;
            }
            DraftForm values = DraftForm.of(draft);
            return Response.status(refused.status())
                    .entity(form(target, values, errors(refused, values), notice))
                    .build();
        }
        return Response.seeOther(URI.create("/applications/" + draft.id() + "?done=submitted")).build();
    }

    /** The draft form, its rows and the names of its fields in the user's language. */
    private TemplateInstance form(DraftFor target, DraftForm draft, FieldErrors errors, String notice) {
        return Templates.form(target, draft.shown(texts()), STRATEGIES, errors, notice);
    }

    /**
     * The refusal by field, the summary naming each field as the form labels it; the rules about the association
     * or the programme worded for the summary.
     */
    private FieldErrors errors(ServiceProblem refused, DraftForm form) {
        List<String> fields = form.fields();
        return FieldErrors.of(RuleSentences.worded(refused.problem(), fields, language.locale()), fields)
                .labelled(form.labels(texts(), language.texts(WebTexts.class)));
    }

    private ApplyTexts texts() {
        return language.texts(ApplyTexts.class);
    }

    private DraftFor target(Application application) {
        return new DraftFor(programmes.get(application.programmeId()), application.associationId(),
                associations.label(application.associationId()), application);
    }

    /** An id from a link or a hidden field; one that is no id finds nothing. */
    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new ServiceProblem(new Problem(null, "Not Found", 404, null, null));
        }
    }
}
