package org.grantsplatform.portal.review;

import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Language;

/**
 * One line of a reviewer's queue: the application, its programme (deadline, rubric), the reviewer's own review
 * with its scores ({@code mine}) and grants-service's word on whether it still takes scores ({@code myReview}).
 */
public record QueueItem(Application application, Programme programme, Application.Review mine) {

    public Application.MyReview myReview() {
        return application.myReview();
    }

    /** The service lets the reviewer score (or revise their scores) now. */
    public boolean canReview() {
        return myReview() != null && myReview().canReview();
    }

    public boolean recused() {
        return myReview() != null && "RECUSED".equals(myReview().status());
    }

    /** Still waiting for the reviewer's first scores. */
    public boolean open() {
        return canReview() && "ASSIGNED".equals(myReview().status());
    }

    /** Scored: the reviewer's review is COMPLETED (they may still revise it until the decision). */
    public boolean scored() {
        return myReview() != null && "COMPLETED".equals(myReview().status());
    }

    /** What is left for the reviewer, in the page's words. */
    public String toDo(Language language) {
        ReviewTexts texts = language.texts(ReviewTexts.class);
        if (recused()) {
            return texts.todo_recused();
        }
        if (open()) {
            return texts.todo_score();
        }
        if (canReview()) {
            return texts.todo_revise();
        }
        String status = Formats.words(application.status(), language.locale());
        return scored() ? texts.todo_scored() : texts.todo_nothing(status.toLowerCase(language.locale()));
    }
}
