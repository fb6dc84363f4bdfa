package org.grantsplatform.portal.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.programmanager.ProgramManagerMessages;
import org.grantsplatform.portal.programmanager.ProgramManagerTexts;
import org.grantsplatform.portal.programme.DonorMessages;
import org.grantsplatform.portal.readmodel.ReadModelApi;
import org.grantsplatform.portal.readmodel.RebuildState;
import org.grantsplatform.portal.report.ReportMessages;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Total;

/** The first page of every role: what is waiting for the user, counted by the services' own lists. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Task> tasks);

        static native TemplateInstance loggedOut();
    }

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    @RestClient
    GrantsCounts grants;

    @Inject
    @RestClient
    AssociationsCounts associations;

    @Inject
    ProgramManagerTexts texts;

    @Inject
    @RestClient
    ReadModelApi readModel;

    @GET
    public TemplateInstance home() {
        HomeTexts t = language.texts(HomeTexts.class);
        List<Task.Asked> tasks = new ArrayList<>();
        if (user.isApplicant()) {
            tasks.add(new Task.Asked(t.task_associations(), associations.associations(null, true, 1), "/associations"));
            tasks.add(new Task.Asked(t.task_drafts(),
                    grants.applications("DRAFT", null, 1), "/applications?status=DRAFT"));
            tasks.add(new Task.Asked(t.task_reports_due(),
                    grants.grants(null, null, true, 1), "/grants"));
        }
        if (user.isReviewer()) {
            tasks.add(new Task.Asked(t.task_reviews(),
                    grants.applications("UNDER_REVIEW", "ASSIGNED", 1), "/reviews"));
        }
        if (user.isDonor()) {
            DonorMessages texts = language.texts(DonorMessages.class);
            tasks.add(new Task.Asked(texts.task_decide(), grants.applications("UNDER_REVIEW", null, 1), "/programmes"));
            tasks.add(new Task.Asked(texts.task_approve(), grants.grants("REQUESTED", null, null, 1), "/disbursements"));
            tasks.add(new Task.Asked(texts.task_drafts(), grants.programmes("DRAFT", 1), "/programmes?status=DRAFT"));
        }
        if (user.isProgramManager() || user.isAdmin()) {
            ProgramManagerMessages pm = texts.get();
            tasks.add(new Task.Asked(pm.task_screen(), grants.applications("SUBMITTED", null, 1),
                    "/manage/applications"));
            tasks.add(new Task.Asked(pm.task_assign(), grants.applications("UNDER_REVIEW", null, 1),
                    "/manage/applications?status=UNDER_REVIEW"));
            tasks.add(new Task.Asked(pm.task_reports(), grants.grants(null, "SUBMITTED", null, 1),
                    "/manage/grants?show=reports"));
            tasks.add(new Task.Asked(pm.task_request(), grants.grants("PLANNED", null, null, 1),
                    "/manage/grants?show=to-request"));
            tasks.add(new Task.Asked(pm.task_pay(), grants.grants("APPROVED", null, null, 1),
                    "/manage/grants?show=to-pay"));
            tasks.add(new Task.Asked(pm.task_verify(), associations.associations(false, null, 1),
                    "/manage/associations"));
        }
        if (user.isAdmin()) {
            ReportMessages m = language.texts(ReportMessages.class);
            CompletionStage<RebuildState> readModelState = readModel.stateLater();
            tasks.add(new Task.Asked(m.task_events_not_in_reports(),
                    readModelState.thenApply(s -> new Total(s.pendingEvents())), "/admin/read-model"));
            tasks.add(new Task.Asked(m.task_rebuild_running(),
                    readModelState.thenApply(s -> new Total(s.building() == null ? 0 : 1)), "/admin/read-model"));
        }
        return Templates.home(answers(tasks));
    }

    /** The counts, asked all at once: the page waits for the slowest, not for their sum. */
    private static List<Task> answers(List<Task.Asked> asked) {
        return asked.stream().map(Task.Asked::answered).toList();
    }

    @GET
    @Path("logged-out")
    public TemplateInstance loggedOut() {
        return Templates.loggedOut();
    }
}
