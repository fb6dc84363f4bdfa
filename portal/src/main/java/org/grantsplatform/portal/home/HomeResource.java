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
    @RestClient
    GrantsCounts grants;

    @Inject
    @RestClient
    AssociationsCounts associations;

    @GET
    public TemplateInstance home() {
        List<Task> tasks = new ArrayList<>();
        if (user.isApplicant()) {
            tasks.add(new Task("Your associations", associations.associations(null, true, 1).total(), "/associations"));
            tasks.add(new Task("Draft applications to finish and submit",
                    grants.applications("DRAFT", null, 1).total(), "/applications?status=DRAFT"));
            tasks.add(new Task("Grants with a milestone report due",
                    grants.grants(null, null, true, 1).total(), "/grants"));
        }
        if (user.isReviewer()) {
            tasks.add(new Task("Applications waiting for your review",
                    grants.applications("UNDER_REVIEW", "ASSIGNED", 1).total(), "/reviews"));
        }
        if (user.isDonor()) {
            tasks.add(new Task("Applications of your programmes under review, to decide",
                    grants.applications("UNDER_REVIEW", null, 1).total(), null));
            tasks.add(new Task("Grants with a disbursement waiting for your approval",
                    grants.grants("REQUESTED", null, null, 1).total(), null));
        }
        if (user.isProgramManager() || user.isAdmin()) {
            tasks.add(new Task("Submitted applications to screen", grants.applications("SUBMITTED", null, 1).total(), null));
            tasks.add(new Task("Associations waiting for verification",
                    associations.associations(false, null, 1).total(), null));
            tasks.add(new Task("Grants with a milestone report to review",
                    grants.grants(null, "SUBMITTED", null, 1).total(), null));
            tasks.add(new Task("Grants with an approved disbursement to pay",
                    grants.grants("APPROVED", null, null, 1).total(), null));
        }
        return Templates.home(tasks);
    }

    @GET
    @Path("logged-out")
    public TemplateInstance loggedOut() {
        return Templates.loggedOut();
    }
}
