package org.grantsplatform.portal.association;

import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * How the association pages turn posted forms into the service's JSON and its refusals back into messages by
 * field. Values the portal cannot read as numbers go out as typed, so the service names the field it refuses.
 */
final class Forms {

    /** Bean Validation's words for a missing value, as a form says it. */
    private static final Map<String, String> PLAIN = Map.of("must not be null", "is required",
            "must not be blank", "is required");

    /** A list's element: {@code nonFinancialServices[2]}. */
    private static final Pattern ENTRY = Pattern.compile("(\\w+)\\[(\\d{1,6})\\]");

    private Forms() {
    }

    /** The value trimmed, or null when empty. */
    static String text(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An ISO code (country, currency) in capitals, as the service expects it. */
    static String code(MultivaluedMap<String, String> form, String name) {
        String value = text(form, name);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A whole number as a number; anything else as typed. */
    static Object whole(MultivaluedMap<String, String> form, String name) {
        String value = text(form, name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** A decimal (percentage, amount) as a number; anything else as typed. */
    static Object decimal(MultivaluedMap<String, String> form, String name) {
        String value = text(form, name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** A yes/no/unknown select: {@code true}, {@code false} or null. */
    static Boolean yesNo(MultivaluedMap<String, String> form, String name) {
        String value = text(form, name);
        return value == null ? null : Boolean.valueOf(value);
    }

    /** The ticked checkboxes of a group. */
    static List<String> ticked(MultivaluedMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
    }

    /** A comma-separated text as a list, without empty entries. */
    static List<String> commaSeparated(MultivaluedMap<String, String> form, String name) {
        String value = text(form, name);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /**
     * The refusal by field. A violation of a list's element ({@code nonFinancialServices[2]}) goes to the list's
     * input, saying which entry it is.
     */
    static FieldErrors refusal(ServiceProblem refused, Collection<String> fields) {
        Problem problem = refused.problem();
        List<Problem.Violation> violations = problem.violations().stream().map(v -> {
            String field = v.field() == null ? "" : v.field();
            String message = v.message() != null && PLAIN.containsKey(v.message()) ? PLAIN.get(v.message()) : v.message();
            Matcher entry = ENTRY.matcher(field);
            if (entry.matches() && fields.contains(entry.group(1))) {
                field = entry.group(1);
                message = "entry " + (Integer.parseInt(entry.group(2)) + 1) + ": " + message;
            }
            return new Problem.Violation(field.isEmpty() ? v.field() : field, message, v.rule(), v.expected(), v.actual());
        }).toList();
        return FieldErrors.of(new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), violations),
                fields);
    }

    /**
     * A conflict that is about one input (a duplicate name, an owner already there): the service's detail beside
     * that input rather than at the top.
     */
    static FieldErrors conflictOn(String field, ServiceProblem refused, Collection<String> fields) {
        Problem problem = refused.problem();
        if (refused.status() != 409 || !problem.violations().isEmpty() || problem.detail() == null) {
            return refusal(refused, fields);
        }
        return FieldErrors.of(new Problem(problem.type(), problem.title(), 409, problem.detail(),
                List.of(new Problem.Violation(field, problem.detail(), null, null, null))), fields);
    }

    /** A form sent with a version someone else has since replaced: the sentence the form shows instead. */
    static FieldErrors stale(String what) {
        return FieldErrors.of(new Problem(null, "Changed by someone else", 409,
                "Someone else saved " + what + " after you opened this form, so your changes were not saved. "
                        + "Your values are still below; reload the form to start from what is saved now, "
                        + "then make your changes again.",
                List.of()), List.of());
    }

    /** The version a form was opened with, or null when it has none (or it was tampered with). */
    static Long version(MultivaluedMap<String, String> form) {
        return whole(form, "version") instanceof Long version ? version : null;
    }
}
