package org.grantsplatform.portal.review;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grantsplatform.portal.programmanager.ProgramManagerMessages;
import org.grantsplatform.portal.web.Problem;

/**
 * A refused assignment as sentences naming the reviewers: grants-service names each refused reviewer by their
 * place in the request ({@code subjects[1]}) and the rule it broke (reviewer-known, reviewer-role,
 * reviewer-not-owner); the page says who, by name, and why.
 */
final class AssignmentRefusal {

    private static final Pattern ENTRY = Pattern.compile("subjects\\[(\\d{1,3})]");

    private AssignmentRefusal() {
    }

    /** The problem with a sentence for each violation and no field, so that the form's summary shows them all. */
    static Problem worded(Problem problem, List<String> sent, ReviewerDirectory directory, ProgramManagerMessages pm) {
        List<Problem.Violation> sentences = problem.violations().stream()
                .map(v -> new Problem.Violation(null, sentence(v, sent, directory, pm), v.rule(), null, null))
                .toList();
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), sentences);
    }

    static String sentence(Problem.Violation v, List<String> sent, ReviewerDirectory directory,
            ProgramManagerMessages pm) {
        if ("subjects".equals(v.field()) && "must not be empty".equals(v.message())) {
            return pm.assign_choose();
        }
        String subject = subject(v, sent);
        String message = v.message() == null ? "" : v.message();
        if (subject == null) {
            return message;
        }
        String who = directory.label(subject);
        return switch (v.rule() == null ? "" : v.rule()) {
            case "reviewer-not-owner" -> pm.assign_refused_owner(who);
            case "reviewer-role" -> pm.assign_refused_role(who);
            case "reviewer-known" -> pm.assign_refused_unknown(who);
            default -> who + ": " + message;
        };
    }

    /** The subject the violation is about: the request's entry it names, else the value it says it found. */
    private static String subject(Problem.Violation v, List<String> sent) {
        Matcher entry = ENTRY.matcher(v.field() == null ? "" : v.field());
        if (entry.matches()) {
            int index = Integer.parseInt(entry.group(1));
            if (index < sent.size()) {
                return sent.get(index);
            }
        }
        return v.actual();
    }
}
