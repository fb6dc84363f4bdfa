package org.grantsplatform.portal.web;

import java.util.List;

/**
 * A service's RFC 9457 answer, as the portal reads it: {@code violations} name the field (a JSON path
 * such as {@code budgetLines[0].amount}) and, for business rules, what was expected and what was found.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public record Violation(String field, String message, String rule, String expected, String actual) {
    }
}
