package org.grantsplatform.portal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's refusal laid out for a form: each violation under the field it names, so the page can show
 * it beside that input; the ones no input of the form claims (an eligibility rule about the association,
 * a version conflict) go to the summary at the top.
 */
public final class FieldErrors {

    private static final FieldErrors NONE = new FieldErrors(null, Map.of(), Set.of());

    private final Problem problem;
    private final Map<String, List<String>> byField;
    private final Set<String> formFields;

    private FieldErrors(Problem problem, Map<String, List<String>> byField, Set<String> formFields) {
        this.problem = problem;
        this.byField = byField;
        this.formFields = formFields;
    }

    public static FieldErrors none() {
        return NONE;
    }

    /** @param formFields the fields the form has an input for, as the service names them */
    public static FieldErrors of(Problem problem, Collection<String> formFields) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (Problem.Violation v : problem.violations()) {
            byField.computeIfAbsent(v.field() == null ? "" : v.field(), f -> new ArrayList<>()).add(describe(v));
        }
        return new FieldErrors(problem, byField, Set.copyOf(formFields));
    }

    /** "more than the programme's largest grant (expected at most 50000, found 80000)". */
    static String describe(Problem.Violation v) {
        String message = v.message() == null ? "not accepted" : v.message();
        if (v.expected() != null || v.actual() != null) {
            message += " (expected " + v.expected() + ", found " + v.actual() + ")";
        }
        return message;
    }

    public boolean any() {
        return problem != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        List<String> messages = byField.get(field);
        return messages == null ? "" : String.join("; ", messages);
    }

    /** What the form cannot show beside an input: the problem's own detail when no violation names a field. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (problem == null) {
            return lines;
        }
        byField.forEach((field, messages) -> {
            if (!formFields.contains(field)) {
                messages.forEach(m -> lines.add(field.isEmpty() ? m : field + ": " + m));
            }
        });
        if (lines.isEmpty() && byField.isEmpty()) {
            lines.add(problem.detail() != null ? problem.detail() : problem.title());
        }
        return lines;
    }
}
