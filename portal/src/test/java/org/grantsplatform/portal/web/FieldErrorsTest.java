package org.grantsplatform.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A refusal's summary names each field as the form labels it and links to its input; the kind of refusal titles it. */
@QuarkusTest
class FieldErrorsTest {

    private static final Problem REFUSED = new Problem("https://grants-platform.org/problems/invalid-request",
            "Invalid request", 400, "requestedAmount: must be greater than 0; budgetLines[1].amount: must be a number",
            List.of(new Problem.Violation("requestedAmount", "must be greater than 0", null, null, null),
                    new Problem.Violation("budgetLines[1].amount", "must be a number", null, null, null),
                    new Problem.Violation("association.region", "the programme is restricted to other regions",
                            "association-region", "AFRICA", "EUROPE")));
    private static final List<String> FORM = List.of("requestedAmount", "budgetLines[1].amount");

    @Test
    void theSummaryNamesTheLabelledFieldsAndLinksToTheirInputs() {
        FieldErrors errors = FieldErrors.of(REFUSED, FORM).labelled(Map.of("requestedAmount", "Requested amount",
                "budgetLines[1].amount", "Amount of budget line 2"));

        assertThat(errors.lines()).containsExactly(
                new FieldErrors.Line("Requested amount", "requestedAmount", "must be greater than 0"),
                new FieldErrors.Line("Amount of budget line 2", "budgetLines-1-amount", "must be a number"),
                new FieldErrors.Line("Region of the association", null,
                        "the programme is restricted to other regions (expected AFRICA, found EUROPE)"));
        assertThat(errors.summary().get(0)).isEqualTo("Requested amount: must be greater than 0");
        assertThat(errors.of("budgetLines[1].amount")).isEqualTo("must be a number");
        assertThat(errors.heading()).isEqualTo("Some values are not valid");
    }

    @Test
    void withoutLabelsTheFormsFieldsStayBesideTheirInputs() {
        FieldErrors errors = FieldErrors.of(REFUSED, FORM);

        assertThat(errors.summary()).containsExactly(
                "Region of the association: the programme is restricted to other regions (expected AFRICA, found EUROPE)");
    }

    @Test
    void everyKnownProblemTypeHasATitleInEachLanguage() {
        ProblemTexts french = Language.texts(ProblemTexts.class, java.util.Locale.FRENCH);
        assertThat(new Problem("https://grants-platform.org/problems/business-rule", "Business rule violated", 422,
                null, null).heading(french)).isEqualTo("Une règle ne le permet pas");
        assertThat(new Problem("https://grants-platform.org/problems/conflict", "Conflict", 409, null, null)
                .heading(french)).isEqualTo("Cela entre en conflit avec l'état actuel");
        assertThat(new Problem(null, "Not Found", 404, null, null).heading(french)).isEqualTo("Introuvable");
        assertThat(new Problem("https://grants-platform.org/problems/http-418", "I'm a teapot", 418, null, null)
                .heading(french)).isEqualTo("Cela n'a pas pu être fait");
        assertThat(FieldErrors.anchor("scores[0].score")).isEqualTo("scores-0-score");
    }
}
