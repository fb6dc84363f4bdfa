package org.grantsplatform.portal.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grantsplatform.portal.web.Page;

/**
 * grants-service's reviewer directory as one page found it: the reviewers to pick from, and everyone's name by
 * subject; or {@code down} when the user directory behind it does not answer (a 503).
 */
public record ReviewerDirectory(Page<Reviewer> page, Map<String, Reviewer> bySubject, boolean down) {

    static ReviewerDirectory of(Page<Reviewer> shown, Page<Reviewer> everyone) {
        Map<String, Reviewer> bySubject = new LinkedHashMap<>();
        everyone.items().forEach(r -> bySubject.put(r.subject(), r));
        shown.items().forEach(r -> bySubject.put(r.subject(), r));
        return new ReviewerDirectory(shown, bySubject, false);
    }

    static ReviewerDirectory unanswered() {
        return new ReviewerDirectory(new Page<>(null, 0, AssignmentsApi.ALL, 0), Map.of(), true);
    }

    public boolean available() {
        return !down;
    }

    /** The reviewer's name as the page shows it; the bare subject when the directory does not know it. */
    public String label(String subject) {
        Reviewer reviewer = bySubject.get(subject);
        return reviewer == null ? subject : reviewer.label();
    }

    public boolean knows(String subject) {
        return bySubject.containsKey(subject);
    }
}
