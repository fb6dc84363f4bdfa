package org.grantsplatform.portal.association;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;
import org.junit.jupiter.api.Test;

/** How the association forms read what was posted and place the service's refusals (in English, the default). */
@QuarkusTest
class FormsTest {

    private static final AssocTexts ENGLISH = Language.texts(AssocTexts.class, Locale.ENGLISH);

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static ServiceProblem refused(int status, String detail, Problem.Violation... violations) {
        return new ServiceProblem(new Problem(null, "Invalid request", status, detail, List.of(violations)));
    }

    @Test
    void numbersGoOutAsNumbersAndAnythingElseAsTyped() {
        var form = form("activeBorrowers", " 1200 ", "womenBorrowersPct", "62.5", "ruralBorrowersPct", "about half",
                "foundedYear", "3000", "empty", "  ");
        assertThat(Forms.whole(form, "activeBorrowers")).isEqualTo(1200L);
        assertThat(Forms.decimal(form, "womenBorrowersPct")).isEqualTo(new BigDecimal("62.5"));
        assertThat(Forms.decimal(form, "ruralBorrowersPct")).isEqualTo("about half");
        assertThat(Forms.whole(form, "foundedYear")).isEqualTo(3000L);
        assertThat(Forms.whole(form, "empty")).isNull();
        assertThat(Forms.text(form, "missing")).isNull();
    }

    @Test
    void codesInCapitalsListsWithoutEmptyEntriesAndYesNoUnknown() {
        var form = form("country", "ke", "nonFinancialServices", "financial education, ,health insurance,",
                "hasSocialMission", "true", "boardSpCommittee", "false", "clientProtectionEndorsed", "");
        assertThat(Forms.code(form, "country")).isEqualTo("KE");
        assertThat(Forms.commaSeparated(form, "nonFinancialServices"))
                .containsExactly("financial education", "health insurance");
        assertThat(Forms.yesNo(form, "hasSocialMission")).isTrue();
        assertThat(Forms.yesNo(form, "boardSpCommittee")).isFalse();
        assertThat(Forms.yesNo(form, "clientProtectionEndorsed")).isNull();
    }

    @Test
    void aListEntrysViolationGoesToTheListsInputAndMissingValuesReadAsRequired() {
        FieldErrors errors = Forms.refusal(refused(400, "invalid",
                new Problem.Violation("nonFinancialServices[1]", "size must be between 0 and 100", null, null, null),
                new Problem.Violation("region", "must not be null", null, null, null),
                new Problem.Violation("somethingElse", "not accepted", null, null, null)),
                List.of("nonFinancialServices", "region"));
        assertThat(errors.of("nonFinancialServices")).isEqualTo("entry 2: size must be between 0 and 100");
        assertThat(errors.of("region")).isEqualTo("is required");
        assertThat(errors.summary()).as("a field no input claims, by its name; the form's own beside their inputs")
                .containsExactly("somethingElse: not accepted");
    }

    @Test
    void aConflictAboutOneInputStandsBesideIt() {
        FieldErrors errors = Forms.conflictOn("name", null,
                refused(409, "the association already has a member named Faulu"), List.of("name"));
        assertThat(errors.of("name")).isEqualTo("the association already has a member named Faulu");
        assertThat(Forms.conflictOn("subject", "is already an owner of this association",
                refused(409, "x already owns association y"), List.of("subject")).of("subject"))
                .isEqualTo("is already an owner of this association");
    }

    @Test
    void aStaleVersionIsASentenceAtTheTop() {
        FieldErrors errors = Forms.stale(ENGLISH.stale_profile(), ENGLISH);
        assertThat(errors.any()).isTrue();
        assertThat(errors.summary()).singleElement().asString().startsWith("Someone else saved this profile");
        assertThat(Forms.version(form("version", "3"))).isEqualTo(3L);
        assertThat(Forms.version(form("version", ""))).isNull();
    }

    @Test
    void aHeldResourceFillsTheFormAsTheUserWouldTypeIt() {
        SpReport report = new SpReport(null, "Faulu", 2025, 1200, new BigDecimal("68.50"), null,
                new BigDecimal("1.25E+4"), "KES", null, null, null, true, false, null, "PPI",
                List.of("financial education", "health insurance"), null, 3, null, null);
        InputValues values = InputValues.held(report);
        assertThat(values.get("activeBorrowers")).isEqualTo("1200");
        assertThat(values.get("womenBorrowersPct")).isEqualTo("68.5");
        assertThat(values.get("grossLoanPortfolio")).isEqualTo("12500");
        assertThat(values.get("ruralBorrowersPct")).isEmpty();
        assertThat(values.get("nonFinancialServices")).isEqualTo("financial education, health insurance");
        assertThat(values.is("hasSocialMission", "true")).isTrue();
        assertThat(values.is("clientProtectionEndorsed", "")).isTrue();
        assertThat(values.get("version")).isEqualTo("3");
        assertThat(InputValues.held(Map.of("needs", List.of("SPM_OFFICER"))).has("needs", "SPM_OFFICER")).isTrue();
    }

    @Test
    void everyIndicatorIsReadIntoTheServicesJson() {
        var form = form("activeBorrowers", "10", "womenBorrowersPct", "50", "currency", "kes",
                "hasSocialMission", "false", "povertyMeasurementTool", "PPI", "nonFinancialServices", "a, b");
        Map<String, Indicator> byName = new java.util.HashMap<>();
        Indicator.all(Indicator.groups(ENGLISH, Locale.ENGLISH)).forEach(i -> byName.put(i.name(), i));
        assertThat(byName).hasSize(14);
        assertThat(byName.get("activeBorrowers").read(form)).isEqualTo(10L);
        assertThat(byName.get("womenBorrowersPct").read(form)).isEqualTo(new BigDecimal("50"));
        assertThat(byName.get("currency").read(form)).isEqualTo("KES");
        assertThat(byName.get("hasSocialMission").read(form)).isEqualTo(false);
        assertThat(byName.get("povertyMeasurementTool").read(form)).isEqualTo("PPI");
        assertThat(byName.get("nonFinancialServices").read(form)).isEqualTo(List.of("a", "b"));
        assertThat(byName.get("staffTurnoverPct").read(form)).isNull();
    }

    @Test
    void theIndicatorsFormSpeaksTheUsersLanguage() {
        List<Indicator.Group> french = Indicator.groups(Language.texts(AssocTexts.class, Locale.FRENCH), Locale.FRENCH);
        assertThat(french.get(0).legend()).isEqualTo("Portée");
        Indicator tool = Indicator.all(french).stream().filter(i -> i.name().equals("povertyMeasurementTool"))
                .findFirst().orElseThrow();
        assertThat(tool.options()).extracting(Choice::label)
                .containsExactly("Non déclaré", "Aucun", "PPI (indice de probabilité de pauvreté)", "Autre");
    }
}
