package org.grantsplatform.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.grantsplatform.portal.programme.DonorMessages;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.Problem;
import org.junit.jupiter.api.Test;

class DecisionRefusalsTest {

    /** Each text as its key and arguments, e.g. "award_over_budget[USD 20,000.00]". */
    private static final DonorMessages TEXTS = (DonorMessages) Proxy.newProxyInstance(
            DonorMessages.class.getClassLoader(), new Class<?>[] { DonorMessages.class },
            (proxy, method, args) -> method.getName() + (args == null ? "" : Arrays.stream(args).map(String::valueOf)
                    .collect(Collectors.joining(", ", "[", "]"))));

    @Test
    void anAwardOverTheRequestAndTheBudgetIsWordedWithTheLargestAmountsAllowed() {
        Problem refused = new Problem(null, "Business rule violated", 422, "the award cannot be made", List.of(
                new Problem.Violation("amount", "more than the application requested", "award-within-request",
                        "<= 30000.00", "45000"),
                new Problem.Violation("amount", "more than the programme's remaining budget",
                        "award-within-remaining-budget", "<= 20000.00", "45000")));

        FieldErrors errors = FieldErrors.of(DecisionRefusals.worded(refused, TEXTS, "USD", Locale.ENGLISH, "Under review"),
                List.of("amount", "reason"));

        assertThat(errors.of("amount")).isEqualTo("award_over_request[USD\u00a030,000.00]; award_over_budget[USD\u00a020,000.00]");
        assertThat(errors.summary()).isEmpty();
    }

    @Test
    void aDecisionThatCameTooLateIsASentenceAboveTheForms() {
        Problem refused = new Problem(null, "Conflict", 409, "application is AWARDED and cannot become REJECTED", null);

        FieldErrors errors = FieldErrors.of(DecisionRefusals.worded(refused, TEXTS, "USD", Locale.ENGLISH, "Awarded"),
                List.of("amount", "reason"));

        assertThat(errors.summary()).containsExactly("decision_too_late[Awarded]");
    }

    @Test
    void otherViolationsStayAsTheServiceGaveThem() {
        Problem refused = new Problem(null, "Invalid request", 400, "reason: is required for a rejection",
                List.of(new Problem.Violation("reason", "is required for a rejection", null, null, null)));

        FieldErrors errors = FieldErrors.of(DecisionRefusals.worded(refused, TEXTS, "USD", Locale.ENGLISH, "Under review"),
                List.of("amount", "reason"));

        assertThat(errors.of("reason")).isEqualTo("is required for a rejection");
        assertThat(DecisionRefusals.atMost("<= 12.50")).isEqualByComparingTo("12.5");
        assertThat(DecisionRefusals.atMost(">= 3")).isNull();
        assertThat(DecisionRefusals.atMost("<= lots")).isNull();
    }
}
