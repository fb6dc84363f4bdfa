package org.grantsplatform.portal.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grantsplatform.portal.programme.DonorMessages;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Problem;

/**
 * grants-service's refusal of a decision worded for the donor: an award over the request or over the programme's
 * remaining budget (422, rules award-within-request and award-within-remaining-budget) as a sentence with the
 * largest amount allowed, in the programme's currency; a decision that came too late (409: the application is
 * no longer under review) as a sentence naming where it stands. Anything else stays as the service gave it.
 */
final class DecisionRefusals {

    private DecisionRefusals() {
    }

    /**
     * @param statusNow the application's status as read after the refusal, in words
     */
    static Problem worded(Problem problem, DonorMessages texts, String currency, Locale locale, String statusNow) {
        if (problem.status() == 409) {
            return new Problem(problem.type(), problem.title(), 409, null,
                    List.of(new Problem.Violation(null, texts.decision_too_late(statusNow), null, null, null)));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (Problem.Violation v : problem.violations()) {
            BigDecimal most = atMost(v.expected());
            String sentence = most == null ? null : switch (v.rule() == null ? "" : v.rule()) {
                case "award-within-request" -> texts.award_over_request(Formats.money(most, currency, locale));
                case "award-within-remaining-budget" -> texts.award_over_budget(Formats.money(most, currency, locale));
                default -> null;
            };
            violations.add(sentence == null ? v : new Problem.Violation(v.field(), sentence, v.rule(), null, null));
        }
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), violations);
    }

    /** "<= 30000.00" as 30000.00; null for a shape the service does not use. */
    static BigDecimal atMost(String expected) {
        if (expected == null || !expected.trim().startsWith("<=")) {
            return null;
        }
        try {
            return new BigDecimal(expected.trim().substring(2).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
