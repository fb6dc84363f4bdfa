package org.grantsplatform.grants.idempotency;

import org.grantsplatform.runtime.problem.Problem;
import org.grantsplatform.runtime.problem.ProblemException;

/**
 * 422: an {@code Idempotency-Key} sent again with another request (another operation, object or body), as the IETF
 * Idempotency-Key draft answers it; its own problem type tells a client it reused a key rather than broke a rule.
 */
class KeyReusedException extends ProblemException {

    static final String TYPE = "https://grants-platform.org/problems/idempotency-key-reused";
    private static final String TITLE = "Idempotency-Key reused";
    private static final int STATUS = 422;

    KeyReusedException(String key) {
        super(STATUS, TITLE, Idempotency.HEADER + " " + key
                + " was already used for a different request; send a new key for a new request", null);
    }

    @Override
    public Problem toProblem() {
        return new Problem(TYPE, TITLE, STATUS, getMessage(), null);
    }
}
