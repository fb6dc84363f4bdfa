package org.grantsplatform.portal.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.Problem.Violation;
import org.junit.jupiter.api.Test;

/** The rule sentences of grants-service's Eligibility violations, as that class words its expected and actual values. */
@QuarkusTest
class RuleSentencesTest {

    private static String sentence(String field, String message, String rule, String expected, String actual) {
        return sentenceIn(Locale.ENGLISH, field, message, rule, expected, actual);
    }

    private static String sentenceIn(Locale locale, String field, String message, String rule, String expected,
            String actual) {
        return RuleSentences.sentence(new Violation(field, message, rule, expected, actual), locale);
    }

    @Test
    void theAssociationsRulesReadWithWhatIsExpectedAndWhatWasFound() {
        assertThat(sentence("association.region", "the programme is restricted to other regions", "association-region",
                "AFRICA,ASIA,LATIN_AMERICA_CARIBBEAN", "EUROPE"))
                .isEqualTo("The programme is open to associations in Africa, Asia or Latin America and the Caribbean; "
                        + "this association is in Europe.");
        assertThat(sentence("association.memberCount", "the association has too few member MFIs", "min-member-count",
                ">= 10", "4")).isEqualTo("The programme requires at least 10 member institutions; this association has 4.");
        assertThat(sentence("association.transparencyRate", "too few member MFIs report social-performance data",
                "min-transparency-rate", ">= 0.5", "0.3333"))
                .isEqualTo("The programme requires at least 50% of member institutions to report social-performance data; "
                        + "this association's rate is 33.3%.");
        assertThat(sentence("association.transparencyRate", "x", "min-transparency-rate", ">= 0.5", "none"))
                .endsWith("none of this association's have reported yet.");
        assertThat(sentence("association.verified", "the programme requires a verified association",
                "association-verified", "true", "false")).contains("not verified yet");
    }

    @Test
    void theProgrammesDatesReadAsDates() {
        assertThat(sentence("programme.closesOn", "the programme takes applications only between its dates",
                "within-programme-dates", "2026-01-01..2026-03-31", "2026-04-02"))
                .isEqualTo("The call takes applications from Jan 1, 2026 to Mar 31, 2026; today is Apr 2, 2026.");
    }

    @Test
    void inFrenchTheRulesReadInFrenchWithFrenchNumbersDatesAndRegions() {
        assertThat(sentenceIn(Locale.FRENCH, "association.region", "x", "association-region", "AFRICA,ASIA", "EUROPE"))
                .isEqualTo("Le programme est ouvert aux associations de\u00a0: Afrique ou Asie\u202f; "
                        + "cette association relève de\u00a0: Europe.");
        assertThat(sentenceIn(Locale.FRENCH, "association.memberCount", "x", "min-member-count", ">= 1000", "40"))
                .isEqualTo("Le programme exige au moins 1\u202f000 institutions membres\u202f; "
                        + "cette association en compte 40.");
        assertThat(sentenceIn(Locale.FRENCH, "association.transparencyRate", "x", "min-transparency-rate", ">= 0.5",
                "0.3333")).contains("au moins 50\u00a0% des institutions membres").endsWith("de 33,3\u00a0%.");
        assertThat(sentenceIn(Locale.FRENCH, "programme.closesOn", "x", "within-programme-dates",
                "2026-01-01..2026-03-31", "2026-04-02")).isEqualTo("L'appel accepte les demandes du 1 janv. 2026 au 31 mars 2026\u202f; "
                        + "nous sommes le 2 avr. 2026.");
        assertThat(sentenceIn(Locale.FRENCH, "programme.status", "x", "programme-open", "OPEN", "CLOSED"))
                .isEqualTo("L'appel n'accepte pas de demandes\u00a0: son statut devrait être «\u00a0Ouvert\u00a0» "
                        + "et il est «\u00a0Clôturé\u00a0».");
        assertThat(sentenceIn(Locale.forLanguageTag("es"), "association.verified", "x", "association-verified", "true",
                "false")).isEqualTo("El programa exige una asociación verificada por un gestor de programa; "
                        + "esta aún no lo está.");
    }

    @Test
    void anUnknownRuleKeepsTheServicesMessageInEveryLanguage() {
        assertThat(sentenceIn(Locale.FRENCH, "x", "something new is required", "new-rule", "a", "b"))
                .isEqualTo("Something new is required (attendu\u00a0: a, trouvé\u00a0: b).");
    }

    @Test
    void anUnknownRuleOrValuesOfAnotherShapeReadAsTheServiceGaveThem() {
        assertThat(sentence("x", "something new is required", "new-rule", "a", "b"))
                .isEqualTo("Something new is required (expected a, found b).");
        assertThat(sentence("association.memberCount", "the association has too few member MFIs", "min-transparency-rate",
                "at least half", "few")).isEqualTo("The association has too few member MFIs (expected at least half, found few).");
    }

    @Test
    void aFormsSummaryGetsTheSentencesAndItsFieldsKeepTheirViolations() {
        Problem problem = new Problem(null, "Unprocessable", 422, "not eligible", List.of(
                new Violation("association.verified", "the programme requires a verified association",
                        "association-verified", "true", "false"),
                new Violation("requestedAmount", "more than the programme's largest grant", "max-grant", "<= 100", "200")));

        Problem worded = RuleSentences.worded(problem, List.of("requestedAmount"), Locale.ENGLISH);

        assertThat(worded.violations().get(0).field()).isNull();
        assertThat(worded.violations().get(0).message()).startsWith("The programme requires an association verified");
        assertThat(worded.violations().get(1)).isEqualTo(problem.violations().get(1));
    }
}
