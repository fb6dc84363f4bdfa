package org.grantsplatform.portal.web;

/**
 * A service refused a call: its status and problem detail. Page resources catch it where a form can
 * show it field by field; everywhere else {@link ErrorPages} turns it into a page.
 */
public class ServiceProblem extends RuntimeException {

    private final transient Problem problem;

    public ServiceProblem(Problem problem) {
        super(problem.status() + " " + problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    /** A refusal the user can fix on the form: invalid input, a business rule, a state or version conflict. */
    public boolean concernsTheForm() {
        int status = problem.status();
        return status == 400 || status == 409 || status == 422;
    }
}
