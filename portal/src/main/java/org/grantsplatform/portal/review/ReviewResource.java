package org.grantsplatform.portal.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.application.ApplicationsApi;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.programme.ProgrammesApi;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;
import jakarta.annotation.security.RolesAllowed;

/** The reviewer's pages: the queue, an application beside its rubric with the scoring form, and recusal. */
@Path("/reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.REVIEWER)
public class ReviewResource {

    static final int PAGE_SIZE = 20;
    /** grants-service's recommendations, in the order a reviewer reads them. */
    static final List<String> RECOMMENDATIONS = List.of("AWARD", "AWARD_WITH_CONDITIONS", "REJECT");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Page<Application> page, List<QueueItem> items);

        static native TemplateInstance review(QueueItem item, List<ScoreRow> rows, List<String> recommendations,
                Map<String, String> values, FieldErrors errors, String notice);

        static native TemplateInstance conflict(QueueItem item, FieldErrors errors);
    }

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    @RestClient
    ApplicationsApi applications;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @GET
    public TemplateInstance queue(@QueryParam("page") @DefaultValue("0") int page) {
        Page<Application> assigned = applications.list(null, null, null, Math.max(page, 0), PAGE_SIZE);
        Map<UUID, Programme> byId = programmes.byId(assigned.items().stream().map(Application::programmeId).toList());
        List<QueueItem> items = new ArrayList<>();
        for (Application a : assigned.items()) {
            Programme programme = byId.get(a.programmeId());
            items.add(new QueueItem(a, programme, a.reviewOf(user.subject())));
        }
        return Templates.queue(assigned, items);
    }

    @GET
    @Path("{id}")
    public TemplateInstance review(@PathParam("id") UUID id, @QueryParam("done") String done) {
        QueueItem item = item(id);
        ReviewTexts t = texts();
        String notice = "scored".equals(done) ? t.notice_scored() : "recused".equals(done) ? t.notice_recused() : null;
        Map<String, String> values = valuesOf(item);
        return Templates.review(item, ScoreRow.of(item.programme(), values), RECOMMENDATIONS, values, FieldErrors.none(), notice);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        QueueItem item = item(id);
        List<Map<String, Object>> scores = new ArrayList<>();
        List<Programme.Criterion> rubric = item.programme().rubric();
        for (int i = 0; i < rubric.size(); i++) {
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("criterion", rubric.get(i).criterion());
            score.put("score", FormValues.integerOrText(form.getFirst(ScoreRow.field(i))));
            scores.add(score);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conflictOfInterest", false);
        body.put("scores", scores);
        body.put("comment", FormValues.blankToNull(form.getFirst("comment")));
        body.put("recommendation", FormValues.blankToNull(form.getFirst("recommendation")));
        try {
            applications.review(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Map<String, String> values = new HashMap<>();
            form.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
            ReviewTexts t = texts();
            List<String> fields = new ArrayList<>(List.of("comment", "recommendation", "scores"));
            Map<String, String> labels = new HashMap<>(Map.of("comment", t.comment(), "recommendation",
                    t.recommendation(), "scores", t.scores_legend()));
            for (int i = 0; i < rubric.size(); i++) {
                fields.add(ScoreRow.field(i));
                labels.put(ScoreRow.field(i), rubric.get(i).criterion());
            }
            return Response.status(refused.status())
                    .entity(Templates.review(item, ScoreRow.of(item.programme(), values), RECOMMENDATIONS, values,
                            FieldErrors.of(refused.problem(), fields).labelled(labels), null))
                    .build();
        }
        return Response.seeOther(URI.create("/reviews/" + id + "?done=scored")).build();
    }

    @GET
    @Path("{id}/conflict")
    public TemplateInstance conflict(@PathParam("id") UUID id) {
        return Templates.conflict(item(id), FieldErrors.none());
    }

    @POST
    @Path("{id}/conflict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declareConflict(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        QueueItem item = item(id);
        if (!"yes".equals(form.getFirst("confirm"))) {
            ReviewTexts t = texts();
            var problem = new Problem(null, "Confirmation needed", 400, null,
                    List.of(new Problem.Violation("confirm", t.confirm_needed(), null, null, null)));
            return Response.status(400).entity(Templates.conflict(item, FieldErrors.of(problem, List.of("confirm"))
                    .labelled(Map.of("confirm", t.confirm_label())))).build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("conflictOfInterest", true);
        body.put("comment", FormValues.blankToNull(form.getFirst("comment")));
        try {
            applications.review(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(Templates.conflict(item, FieldErrors.of(refused.problem(), List.of("comment"))
                            .labelled(Map.of("comment", texts().conflict_label())))).build();
        }
        return Response.seeOther(URI.create("/reviews/" + id + "?done=recused")).build();
    }

    private QueueItem item(UUID id) {
        Application application = applications.get(id);
        return new QueueItem(application, programmes.get(application.programmeId()), application.reviewOf(user.subject()));
    }

    /** The form's values from the saved review, so a reviewer revising their scores starts from them. */
    private static Map<String, String> valuesOf(QueueItem item) {
        Map<String, String> values = new HashMap<>();
        Application.Review mine = item.mine();
        if (mine == null) {
            return values;
        }
        List<Programme.Criterion> rubric = item.programme().rubric();
        for (int i = 0; i < rubric.size(); i++) {
            Integer score = mine.scoreOf(rubric.get(i).criterion());
            values.put(ScoreRow.field(i), score == null ? "" : score.toString());
        }
        values.put("comment", mine.comment() == null ? "" : mine.comment());
        values.put("recommendation", mine.recommendation() == null ? "" : mine.recommendation());
        return values;
    }

    private ReviewTexts texts() {
        return language.texts(ReviewTexts.class);
    }
}
