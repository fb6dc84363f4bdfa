package org.grantsplatform.portal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's refusal laid out for a form: each violation under the field it names, so the page can show
 * it beside that input; the summary at the top names every field the form labelled ("Requested amount: must be
 * …", a link to the input) and lists the violations no input claims (an eligibility rule about the association,
 * a version conflict). Texts are in the language of the page being answered; the services' messages stay theirs.
 */
public final class FieldErrors {

    private static final FieldErrors NONE = new FieldErrors(null, Map.of(), Set.of(), Map.of());

    private final Problem problem;
    private final Map<String, List<Problem.Violation>> byField;
    private final Set<String> formFields;
    private final Map<String, String> labels;

    private FieldErrors(Problem problem, Map<String, List<Problem.Violation>> byField, Set<String> formFields,
            Map<String, String> labels) {
        this.problem = problem;
        this.byField = byField;
        this.formFields = formFields;
        this.labels = labels;
    }

    public static FieldErrors none() {
        return NONE;
    }

    /** @param formFields the fields the form has an input for, as the service names them */
    public static FieldErrors of(Problem problem, Collection<String> formFields) {
        Map<String, List<Problem.Violation>> byField = new LinkedHashMap<>();
        for (Problem.Violation v : problem.violations()) {
            byField.computeIfAbsent(v.field() == null ? "" : v.field(), f -> new ArrayList<>()).add(v);
        }
        return new FieldErrors(problem, byField, Set.copyOf(formFields), Map.of());
    }

    /**
     * The same errors with the form's labels (in the user's language) by field: the summary names each such field
     * and links to its input, whose id is the field's name with {@code -} for brackets and dots
     * ({@code budgetLines[1].amount} → {@code budgetLines-1-amount}, as {@link FormRow#id} makes it).
     */
    public FieldErrors labelled(Map<String, String> labels) {
        return problem == null ? this : new FieldErrors(problem, byField, formFields, Map.copyOf(labels));
    }

    /** "more than the programme's largest grant (expected at most 50000, found 80000)". */
    static String describe(Problem.Violation v) {
        String message = v.message() == null ? texts().not_accepted() : v.message();
        if (v.expected() != null || v.actual() != null) {
            message += " " + texts().expected_found(String.valueOf(v.expected()), String.valueOf(v.actual()));
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
        List<Problem.Violation> violations = byField.get(field);
        if (violations == null) {
            return "";
        }
        return String.join("; ", violations.stream().map(FieldErrors::describe).toList());
    }

    /** The summary's title: the kind of refusal (the problem's type) in the user's language. */
    public String heading() {
        return problem == null ? "" : problem.heading(texts());
    }

    /**
     * The summary's lines: every violation of a field the form labelled (with a link to its input), every violation
     * no input of the form claims, and the problem's own detail when no violation names a field. A violation of an
     * input the form did not label shows only beside that input.
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        if (problem == null) {
            return lines;
        }
        byField.forEach((field, violations) -> {
            boolean onForm = formFields.contains(field);
            String label = labels.containsKey(field) ? labels.get(field) : onForm ? null : serviceField(field);
            if (onForm && label == null) {
                return;
            }
            String anchor = onForm ? anchor(field) : null;
            violations.forEach(v -> lines.add(new Line(label, anchor, describe(v))));
        });
        if (byField.isEmpty()) {
            lines.add(new Line(null, null, problem.detail() != null ? problem.detail() : problem.title()));
        }
        return lines;
    }

    /** The lines as text, "Requested amount: must be …" (an error page's detail). */
    public List<String> summary() {
        return lines().stream().map(l -> l.label() == null ? l.message()
                : l.label() + Language.texts(WebTexts.class, Language.current()).colon() + " " + l.message()).toList();
    }

    /**
     * One line of the summary.
     *
     * @param label the field's name in words, null for a violation about no field
     * @param anchor the id of the field's input, null when the form has none
     */
    public record Line(String label, String anchor, String message) {
    }

    /** The id of a field's input: {@code budgetLines[1].amount} → {@code budgetLines-1-amount}. */
    static String anchor(String field) {
        return field.replaceAll("\\[(\\d+)]\\.?", "-$1-").replace('.', '-').replaceAll("-$", "");
    }

    /** The words for a fact the services name that no input holds; the field's own name for one this does not know. */
    private static String serviceField(String field) {
        if (field.isEmpty()) {
            return null;
        }
        ProblemTexts texts = texts();
        return switch (field) {
            case "associationId" -> texts.field_association();
            case "programmeId" -> texts.field_programme();
            case "association.region" -> texts.field_association_region();
            case "association.verified" -> texts.field_association_verified();
            case "association.memberCount" -> texts.field_association_member_count();
            case "association.transparencyRate" -> texts.field_association_transparency_rate();
            case "programme.status" -> texts.field_programme_status();
            case "programme.opensOn", "programme.closesOn" -> texts.field_programme_dates();
            default -> field;
        };
    }

    private static ProblemTexts texts() {
        return Language.texts(ProblemTexts.class, Language.current());
    }
}
