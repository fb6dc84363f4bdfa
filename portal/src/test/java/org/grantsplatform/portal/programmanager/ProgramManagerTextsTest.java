package org.grantsplatform.portal.programmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.Problem.Violation;
import org.junit.jupiter.api.Test;

/** A refusal's words for a value left out, or for a business rule, replaced by the form's own sentences. */
class ProgramManagerTextsTest {

    private static Problem problem(Violation... violations) {
        return new Problem(null, "Invalid request", 400, "detail", List.of(violations));
    }

    @Test
    void aValueLeftOutReadsAsTheFormsSentence() {
        Problem worded = ProgramManagerTexts.worded(problem(
                new Violation("note", "must say why the application is not eligible", null, null, null),
                new Violation("eligible", "must not be null", null, null, null),
                new Violation("reference", "must not be blank", null, null, null)),
                Map.of("note", "Say why.", "eligible", "Choose.", "reference", "Enter it."), Map.of());
        assertThat(worded.violations()).extracting(Violation::field, Violation::message).containsExactly(
                tuple("note", "Say why."),
                tuple("eligible", "Choose."),
                tuple("reference", "Enter it."));
        assertThat(worded.status()).isEqualTo(400);
        assertThat(worded.detail()).isEqualTo("detail");
    }

    @Test
    void otherRefusalsOfTheSameFieldKeepTheServicesWords() {
        Problem worded = ProgramManagerTexts.worded(problem(
                new Violation("note", "size must be between 0 and 4000", null, null, null),
                new Violation("paidOn", "must be a date in the past or in the present", null, null, null)),
                Map.of("note", "Say why.", "paidOn", "Enter the date."), Map.of());
        assertThat(worded.violations()).extracting(Violation::message)
                .containsExactly("size must be between 0 and 4000", "must be a date in the past or in the present");
    }

    @Test
    void aBrokenRuleReadsAsItsSentenceWhateverTheField() {
        Problem worded = ProgramManagerTexts.worded(new Problem(null, "Unprocessable", 422, null, List.of(
                new Violation("amount", "more than the award not yet scheduled", "tranches-within-award", "<= 5000.00",
                        "6000.00"),
                new Violation(null, "a rule without a field", "other-rule", null, null))),
                Map.of("amount", "Enter the amount."), Map.of("tranches-within-award", "At most USD 5,000.00 is left."));
        assertThat(worded.violations().get(0)).isEqualTo(
                new Violation("amount", "At most USD 5,000.00 is left.", "tranches-within-award", null, null));
        assertThat(worded.violations().get(1).message()).isEqualTo("a rule without a field");
    }
}
