package org.grantsplatform.portal.application;

import java.util.ArrayList;
import java.util.List;

/**
 * A review as the donor reads it, with who gave it: the reviewer's user name from the application's history
 * (grants-service records who completed or recused), else "Reviewer 2" by its place among the reviews, never
 * the subject, a raw id.
 *
 * @param number 1-based place among the application's reviews
 * @param name the reviewer's user name, or null when the history does not name them
 */
public record ReviewLine(int number, String name, Application.Review review) {

    public boolean recused() {
        return "RECUSED".equals(review.status());
    }

    public boolean completed() {
        return "COMPLETED".equals(review.status());
    }

    /** The application's reviews with the names the history gives their reviewers. */
    static List<ReviewLine> of(Application application, List<HistoryEntry> history) {
        List<ReviewLine> lines = new ArrayList<>();
        for (Application.Review review : application.reviews()) {
            String name = history.stream()
                    .filter(e -> review.reviewerSubject() != null && review.reviewerSubject().equals(e.actorSubject()))
                    .map(HistoryEntry::actorName).filter(n -> n != null && !n.isBlank())
                    .findFirst().orElse(null);
            lines.add(new ReviewLine(lines.size() + 1, name, review));
        }
        return lines;
    }
}
