package org.grantsplatform.runtime.problem;

import java.util.List;

/** A refusal the domain decides on, answered as problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        this(status, title, detail, violations, null);
    }

    protected ProblemException(int status, String title, String detail, List<Problem.Violation> violations,
            Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = violations;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 404: unknown, or not the caller's to know about. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", what + " " + id + " does not exist", null);
    }

    /** 409: the current state does not allow it. */
    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null);
    }

    /** 422: a business rule refused it. */
    public static ProblemException unprocessable(String detail, List<Problem.Violation> violations) {
        return new ProblemException(422, "Business rule violated", detail, violations);
    }

    /** 403: the caller's role or relation to the object does not allow it. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null);
    }

    /** 400: one field is invalid in a way annotations cannot express. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "Invalid request", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    /** Seconds a client should wait before trying again (header {@code Retry-After}); null when retrying does not help. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem() {
        return new Problem(ProblemMapper.typeOf(status), title, status, getMessage(), violations);
    }
}
