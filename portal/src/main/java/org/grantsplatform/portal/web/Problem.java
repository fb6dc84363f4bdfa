package org.grantsplatform.portal.web;

import java.util.List;

/**
 * A service's RFC 9457 answer, as the portal reads it: {@code violations} name the field (a JSON path
 * such as {@code budgetLines[0].amount}) and, for business rules, what was expected and what was found.
 */
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    /** Where the services' problem types live (service-runtime's ProblemMapper, the gateway). */
    static final String TYPES = "https://grants-platform.org/problems/";

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public record Violation(String field, String message, String rule, String expected, String actual) {
    }

    /**
     * The kind of refusal as a title in the user's language: by the problem's type, or for a problem without one
     * (the portal's own, an answer that was no problem+json) by its status as the services would type it.
     */
    public String heading(ProblemTexts texts) {
        String kind = type != null && type.startsWith(TYPES) ? type.substring(TYPES.length()) : switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 422 -> "business-rule";
            case 429 -> "rate-limited";
            case 500 -> "internal-error";
            case 502 -> "bad-gateway";
            case 503 -> "unavailable";
            default -> "";
        };
        return switch (kind) {
            case "invalid-request" -> texts.type_invalid_request();
            case "business-rule" -> texts.type_business_rule();
            case "conflict" -> texts.type_conflict();
            case "not-found" -> texts.type_not_found();
            case "forbidden" -> texts.type_forbidden();
            case "unauthenticated", "unauthorized" -> texts.type_unauthenticated();
            case "payload-too-large" -> texts.type_payload_too_large();
            case "rate-limited" -> texts.type_rate_limited();
            case "internal-error" -> texts.type_internal_error();
            case "unavailable" -> texts.type_unavailable();
            case "bad-gateway" -> texts.type_bad_gateway();
            default -> texts.type_other();
        };
    }
}
