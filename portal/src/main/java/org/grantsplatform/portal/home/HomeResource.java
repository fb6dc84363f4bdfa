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
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.Language;

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
            tasks.add(new Task.Asked(t.task_to_decide(),
                    grants.applications("UNDER_REVIEW", null, 1), null));
            tasks.add(new Task.Asked(t.task_to_approve(),
                    grants.grants("REQUESTED", null, null, 1), null));
        }
        if (user.isProgramManager() || user.isAdmin()) {
            tasks.add(new Task.Asked(t.task_to_screen(), grants.applications("SUBMITTED", null, 1), null));
            tasks.add(new Task.Asked(t.task_to_verify(),
                    associations.associations(false, null, 1), null));
            tasks.add(new Task.Asked(t.task_reports_to_review(),
                    grants.grants(null, "SUBMITTED", null, 1), null));
            tasks.add(new Task.Asked(t.task_to_pay(),
                    grants.grants("APPROVED", null, null, 1), null));
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
