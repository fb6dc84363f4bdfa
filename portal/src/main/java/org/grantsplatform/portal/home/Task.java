package org.grantsplatform.portal.home;

import java.util.concurrent.CompletionStage;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.Total;

/** One line of "waiting for me": what, how many, and where to do it. */
public record Task(String label, long count, String href) {

    /** A line whose count is still being asked: the home page asks all of them at once. */
    record Asked(String label, CompletionStage<Total> total, String href) {

        Task answered() {
            return new Task(label, Answers.join(total).total(), href);
        }
    }
}
