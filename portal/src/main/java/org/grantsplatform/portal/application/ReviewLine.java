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

    /**
     * The application's reviews with the names the history gives their reviewers; the named ones (who reviewed or
     * recused) first, so that "Reviewer 3" is the third reviewer listed.
     */
    static List<ReviewLine> of(Application application, List<HistoryEntry> history) {
        List<Application.Review> named = new ArrayList<>();
        List<Application.Review> unnamed = new ArrayList<>();
        for (Application.Review review : application.reviews()) {
            (nameOf(review, history) == null ? unnamed : named).add(review);
        }
        named.addAll(unnamed);
        List<ReviewLine> lines = new ArrayList<>();
        for (Application.Review review : named) {
            lines.add(new ReviewLine(lines.size() + 1, nameOf(review, history), review));
        }
        return lines;
    }

    private static String nameOf(Application.Review review, List<HistoryEntry> history) {
        return history.stream()
                .filter(e -> review.reviewerSubject() != null && review.reviewerSubject().equals(e.actorSubject()))
                .map(HistoryEntry::actorName).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(null);
    }
}
