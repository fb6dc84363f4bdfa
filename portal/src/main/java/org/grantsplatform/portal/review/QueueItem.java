package org.grantsplatform.portal.review;

import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.programme.Programme;

/** One line of a reviewer's queue: the application, its programme (deadline, rubric) and the reviewer's own review. */
public record QueueItem(Application application, Programme programme, Application.Review mine) {

    /** What is left for the reviewer, in words. */
    public String toDo() {
        if (mine == null || "ASSIGNED".equals(mine.status())) {
            return "UNDER_REVIEW".equals(application.status()) ? "Score it" : "Waiting for screening";
        }
        if ("RECUSED".equals(mine.status())) {
            return "Recused (conflict of interest)";
        }
        return "UNDER_REVIEW".equals(application.status()) ? "Scored; you may revise it until the decision" : "Scored";
    }

    public boolean open() {
        return (mine == null || "ASSIGNED".equals(mine.status())) && "UNDER_REVIEW".equals(application.status());
    }
}
