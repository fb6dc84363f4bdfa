package org.grantsplatform.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Enum values, amounts, dates and "none" in the page's language, as templates and Java code ask for them. */
@QuarkusTest
class FormatsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void anEnumValueReadsInTheLanguageAsked() {
        assertThat(Formats.words("UNDER_REVIEW", Locale.ENGLISH)).isEqualTo("Under review");
        assertThat(Formats.words("UNDER_REVIEW", Locale.FRENCH)).isEqualTo("En cours d'évaluation");
        assertThat(Formats.words("UNDER_REVIEW", SPANISH)).isEqualTo("En evaluación");
        assertThat(Formats.words("LATIN_AMERICA_CARIBBEAN", Locale.FRENCH)).isEqualTo("Amérique latine et Caraïbes");
        assertThat(Formats.words("CAPACITY_BUILDING", SPANISH)).isEqualTo("Fortalecimiento de capacidades");
        assertThat(Formats.words("AWARD_WITH_CONDITIONS", "fr")).isEqualTo("Accorder sous conditions");
    }

    @Test
    void aRoleReadsAsAWordAndAnUnknownValueAsItsNameInPlainEnglish() {
        assertThat(Formats.words("program-manager", Locale.FRENCH)).isEqualTo("Gestionnaire de programme");
        assertThat(Formats.words("NEW_STATE", Locale.FRENCH)).isEqualTo("New state");
        assertThat(Formats.words(null, Locale.FRENCH)).isEmpty();
    }

    @Test
    void aLanguageThePortalDoesNotSpeakGetsEnglish() {
        assertThat(Formats.words("WITHDRAWN", Locale.GERMAN)).isEqualTo("Withdrawn");
    }

    @Test
    void amountsDatesAndNoneAsTheLanguageWritesThem() {
        assertThat(Formats.money(new BigDecimal("25000"), "USD", Locale.FRENCH)).isEqualTo("USD\u00a025\u202f000,00");
        assertThat(Formats.money(new BigDecimal("25000"), "USD", SPANISH)).isEqualTo("USD\u00a025.000,00");
        assertThat(Formats.date(LocalDate.of(2026, 12, 2), Locale.FRENCH)).isEqualTo("2 déc. 2026");
        assertThat(Formats.percent(null, Locale.FRENCH)).isEqualTo("aucun");
        assertThat(Formats.percent(null, SPANISH)).isEqualTo("ninguno");
    }
}
