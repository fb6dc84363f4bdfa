package org.grantsplatform.portal.programmanager;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;

/** The program manager's texts in the language of the page being answered, for the pages' Java code. */
@RequestScoped
public class ProgramManagerTexts {

    @Inject
    Language language;

    public ProgramManagerMessages get() {
        return language.texts(ProgramManagerMessages.class);
    }

    /**
     * A refusal laid out for a form, with the service's words for a value left out replaced by the form's own
     * sentence (in the user's language) where {@code required} has one for that field.
     */
    public FieldErrors refusal(ServiceProblem refused, Collection<String> fields, Map<String, String> required) {
        return refusal(refused, fields, required, Map.of());
    }

    /** As {@link #refusal(ServiceProblem, Collection, Map)}, and each violation of a rule in {@code rules} in its sentence. */
    public FieldErrors refusal(ServiceProblem refused, Collection<String> fields, Map<String, String> required,
            Map<String, String> rules) {
        return FieldErrors.of(worded(refused.problem(), required, rules), fields);
    }

    static Problem worded(Problem problem, Map<String, String> required, Map<String, String> rules) {
        List<Problem.Violation> violations = problem.violations().stream().map(v -> {
            if (v.rule() != null && rules.containsKey(v.rule())) {
                return new Problem.Violation(v.field(), rules.get(v.rule()), v.rule(), null, null);
            }
            if (v.field() != null && required.containsKey(v.field()) && missing(v)) {
                return new Problem.Violation(v.field(), required.get(v.field()), v.rule(), null, null);
            }
            return v;
        }).toList();
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), violations);
    }

    /**
     * Bean Validation's words for a value left out, and grants-service's for a note a decision cannot go without
     * ("must say why the application is not eligible", "must say why the report is sent back").
     */
    static boolean missing(Problem.Violation violation) {
        String message = violation.message() == null ? "" : violation.message();
        return message.equals("must not be blank") || message.equals("must not be null")
                || message.startsWith("must say why");
    }
}
