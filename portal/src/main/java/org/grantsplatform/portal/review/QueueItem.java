package org.grantsplatform.portal.review;

import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.programme.Programme;

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

    /** What is left for the reviewer, in words. */
    public String toDo() {
        if (recused()) {
            return "Recused (conflict of interest)";
        }
        if (open()) {
            return "Score it";
        }
        if (canReview()) {
            return "Scored; you may revise it until the decision";
        }
        return myReview() != null && "COMPLETED".equals(myReview().status()) ? "Scored"
                : "Nothing to do (" + application.status().replace('_', ' ').toLowerCase() + ")";
    }
}
