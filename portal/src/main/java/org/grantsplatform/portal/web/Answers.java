package org.grantsplatform.portal.web;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Pages that ask several services at once wait here for each answer, with a refusal thrown as the page's own. */
public final class Answers {

    private Answers() {
    }

    /** The answer, or the service's refusal ({@link ServiceProblem}) or failure, for {@link ErrorPages} to show. */
    public static <T> T join(CompletionStage<T> answer) {
        try {
            return answer.toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
