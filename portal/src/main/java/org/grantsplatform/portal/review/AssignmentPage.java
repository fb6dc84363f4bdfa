package org.grantsplatform.portal.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.programme.Programme;

/**
 * What the assignment page shows: the application, its reviewers so far, and the reviewers to pick from.
 *
 * @param association the association's name, or null when associations-service does not know it
 * @param search what the reviewer list was searched for ("" for none)
 * @param picked the reviewers ticked in a form the service refused, ticked again
 */
public record AssignmentPage(Application application, Programme programme, String association,
        ReviewerDirectory directory, String search, Set<String> picked) {

    /** The application takes reviewers while it is submitted or under review (grants-service's rule). */
    public boolean takesReviewers() {
        return "SUBMITTED".equals(application.status()) || "UNDER_REVIEW".equals(application.status());
    }

    /** Reviewers found who are not assigned yet. */
    public List<Reviewer> candidates() {
        return directory.page().items().stream().filter(r -> application.reviewOf(r.subject()) == null).toList();
    }

    /** An assignment is taken back only before the reviewer acts. */
    public boolean canUnassign(Application.Review review) {
        return takesReviewers() && "ASSIGNED".equals(review.status());
    }

    public boolean picked(Reviewer reviewer) {
        return picked.contains(reviewer.subject());
    }

    /** Where the reviewer list's pages are, with the search kept. */
    public String pagerBase() {
        return "/manage/applications/" + application.id() + "/reviewers?"
                + (search.isEmpty() ? "" : "search=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&");
    }

    AssignmentPage searching(String typed) {
        return new AssignmentPage(application, programme, association, directory, typed, picked);
    }
}
