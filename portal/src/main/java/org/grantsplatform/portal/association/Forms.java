package org.grantsplatform.portal.association;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ProblemTexts;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * How the association pages turn posted forms into the service's JSON and its refusals back into messages by
 * field. Values the portal cannot read as numbers go out as typed, so the service names the field it refuses.
 */
final class Forms {

    /** Bean Validation's words for a missing value, which a form says in the user's language. */
    private static final Set<String> MISSING = Set.of("must not be null", "must not be blank");

    /** A list's element: {@code nonFinancialServices[2]}. */
    private static final Pattern ENTRY = Pattern.compile("(\\w+)\\[(\\d{1,6})\\]");

    private Forms() {
    }

    /** The value trimmed, or null when empty. */
    static String text(MultivaluedMap<String, String> form, String name) {
        return FormValues.blankToNull(form.getFirst(name));
    }

    /** An ISO code (country, currency) in capitals, as the service expects it. */
    static String code(MultivaluedMap<String, String> form, String name) {
        String value = text(form, name);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A whole number as a number; anything else as typed. */
    static Object whole(MultivaluedMap<String, String> form, String name) {
        return FormValues.integerOrText(form.getFirst(name));
    }

    /** A decimal (percentage, amount) as a number; anything else as typed. */
    static Object decimal(MultivaluedMap<String, String> form, String name) {
        return FormValues.decimalOrText(form.getFirst(name));
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
            String message = v.message() != null && MISSING.contains(v.message()) ? problemTexts().required()
                    : v.message();
            Matcher entry = ENTRY.matcher(field);
            if (entry.matches() && fields.contains(entry.group(1))) {
                field = entry.group(1);
                message = problemTexts().entry(Integer.parseInt(entry.group(2)) + 1) + ": " + message;
            }
            return new Problem.Violation(field.isEmpty() ? v.field() : field, message, v.rule(), v.expected(),
                    v.actual());
        }).toList();
        return FieldErrors.of(
                new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), violations), fields);
    }

    /**
     * A conflict that is about one input (a duplicate name, an owner already there): beside that input rather than
     * at the top, in {@code message} or, when null, the service's own words.
     */
    static FieldErrors conflictOn(String field, String message, ServiceProblem refused, Collection<String> fields) {
        Problem problem = refused.problem();
        if (refused.status() != 409 || !problem.violations().isEmpty() || problem.detail() == null && message == null) {
            return refusal(refused, fields);
        }
        return FieldErrors.of(new Problem(problem.type(), problem.title(), 409, problem.detail(),
                List.of(new Problem.Violation(field, message != null ? message : problem.detail(), null, null, null))),
                fields);
    }

    /**
     * A form sent with a version someone else has since replaced: the sentence the form shows instead.
     *
     * @param what what was saved, in words ({@link AssocTexts#stale_profile()})
     */
    static FieldErrors stale(String what, AssocTexts texts) {
        return FieldErrors.of(new Problem(null, "Changed by someone else", 409, texts.stale(what), List.of()),
                List.of());
    }

    private static ProblemTexts problemTexts() {
        return Language.texts(ProblemTexts.class, Language.current());
    }

    /** The version a form was opened with, or null when it has none (or it was tampered with). */
    static Long version(MultivaluedMap<String, String> form) {
        return whole(form, "version") instanceof Long version ? version : null;
    }
}
