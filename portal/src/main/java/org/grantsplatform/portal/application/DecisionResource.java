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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.association.AssociationNames;
import org.grantsplatform.portal.programme.DonorMessages;
import org.grantsplatform.portal.programme.DonorProgrammes;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * A donor's programme's applications ranked by score with their reviews and recusals, and the decision on one:
 * award (the requested amount offered, the programme's remaining budget beside it) or reject with a reason.
 * A decision cannot be undone: its page says so before either button.
 */
@Path("/programmes/{programmeId}/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.DONOR)
public class DecisionResource {

    static final int PAGE_SIZE = 20;
    /** The largest page grants-service answers: the ranking reads every application of the programme. */
    static final int ALL = 100;
    /** An application's history: far more entries than its life has. */
    static final int HISTORY_SIZE = 100;
    static final String AWARD = "AWARD";
    static final String REJECT = "REJECT";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ranking(Programme programme, Page<RankedApplication> page,
                RankedApplication decided, String pagerBase);

        static native TemplateInstance decide(Programme programme, RankedApplication item, String outcome,
                Map<String, String> values, FieldErrors errors);
    }

    @Inject
    DonorProgrammes mine;

    @Inject
    @RestClient
    ApplicationsApi applications;

    @Inject
    AssociationNames associations;

    @Inject
    Language language;

    @GET
    public TemplateInstance ranking(@PathParam("programmeId") UUID programmeId,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("decided") UUID decided) {
        Programme programme = mine.owned(programmeId);
        List<Application> ranked = Ranking.rank(all(programmeId));
        int shown = Math.max(page, 0);
        int from = Math.min(shown * PAGE_SIZE, ranked.size());
        List<RankedApplication> items = described(ranked.subList(from, Math.min(from + PAGE_SIZE, ranked.size())), from);
        RankedApplication notice = null;
        if (decided != null) {
            int at = indexOf(ranked, decided);
            notice = at < 0 ? null : described(List.of(ranked.get(at)), at).get(0);
        }
        return Templates.ranking(programme, new Page<>(items, shown, PAGE_SIZE, ranked.size()), notice,
                "/programmes/" + programmeId + "/applications?");
    }

    @GET
    @Path("{applicationId}")
    public TemplateInstance decision(@PathParam("programmeId") UUID programmeId,
            @PathParam("applicationId") UUID applicationId) {
        Programme programme = mine.owned(programmeId);
        RankedApplication item = item(programme, applicationId);
        return Templates.decide(programme, item, null, offered(item, new LinkedHashMap<>()), FieldErrors.none());
    }

    @POST
    @Path("{applicationId}/award")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response award(@PathParam("programmeId") UUID programmeId, @PathParam("applicationId") UUID applicationId,
            MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", AWARD);
        body.put("amount", FormValues.decimalOrText(form.getFirst("amount")));
        body.put("reason", FormValues.blankToNull(form.getFirst("reason")));
        return decide(programmeId, applicationId, AWARD, body, form);
    }

    @POST
    @Path("{applicationId}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("programmeId") UUID programmeId, @PathParam("applicationId") UUID applicationId,
            MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", REJECT);
        body.put("reason", FormValues.blankToNull(form.getFirst("reason")));
        return decide(programmeId, applicationId, REJECT, body, form);
    }

    /**
     * Sends the decision. A refusal shows the page again, fresh from the service, with the values as typed: the
     * service's violations beside the fields of the form that was sent, an award over what is allowed and a
     * decision that came too late as sentences.
     */
    private Response decide(UUID programmeId, UUID applicationId, String outcome, Map<String, Object> body,
            MultivaluedMap<String, String> form) {
        application(mine.owned(programmeId), applicationId);
        try {
            applications.decide(applicationId, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Programme now = mine.owned(programmeId);
            RankedApplication item = item(now, applicationId);
            DonorMessages texts = language.texts(DonorMessages.class);
            Problem worded = DecisionRefusals.worded(refused.problem(), texts, now.currency(), language.locale(),
                    texts.application_status(item.application().status()));
            Map<String, String> values = offered(item, FormValues.firstValues(form));
            return Response.status(refused.status())
                    .entity(Templates.decide(now, item, outcome, values, FieldErrors.of(worded, List.of("amount", "reason"))))
                    .build();
        }
        return Response.seeOther(URI.create("/programmes/" + programmeId + "/applications?decided=" + applicationId))
                .build();
    }

    /** The values of the forms, with the requested amount offered where no amount was typed (a rejection's form). */
    private static Map<String, String> offered(RankedApplication item, Map<String, String> values) {
        if (item.application().requestedAmount() != null) {
            values.putIfAbsent("amount", item.application().requestedAmount().toPlainString());
        }
        return values;
    }

    /** The application, with its place in the ranking, its association and its named reviews. */
    private RankedApplication item(Programme programme, UUID applicationId) {
        Application application = application(programme, applicationId);
        List<Application> ranked = Ranking.rank(all(programme.id()));
        return described(List.of(application), Math.max(indexOf(ranked, applicationId), 0)).get(0);
    }

    /** An application of the programme; one of another programme is not found here. */
    private Application application(Programme programme, UUID applicationId) {
        Application application = applications.get(applicationId);
        if (!programme.id().equals(application.programmeId())) {
            throw new ServiceProblem(new Problem(null, "Not Found", 404, null, null));
        }
        return application;
    }

    /** Every application of the programme the donor may see (submitted or later), page after page. */
    private List<Application> all(UUID programmeId) {
        List<Application> all = new ArrayList<>();
        Page<Application> read;
        int next = 0;
        do {
            read = applications.list(null, programmeId, null, next++, ALL);
            all.addAll(read.items());
        } while (read.hasNext());
        return all;
    }

    /** The applications with their associations' names and their reviewers' names, asked all at once. */
    private List<RankedApplication> described(List<Application> shown, int firstIndex) {
        List<CompletionStage<Page<HistoryEntry>>> histories = shown.stream()
                .map(a -> applications.historyOf(a.id(), 0, HISTORY_SIZE)).toList();
        Map<UUID, String> names = associations.of(shown.stream().map(Application::associationId).toList());
        List<RankedApplication> items = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Application a = shown.get(i);
            items.add(new RankedApplication(firstIndex + i + 1, a, names.get(a.associationId()),
                    ReviewLine.of(a, Answers.join(histories.get(i)).items())));
        }
        return items;
    }

    private static int indexOf(List<Application> ranked, UUID id) {
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
