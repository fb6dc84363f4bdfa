package org.grantsplatform.portal.programme;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ProblemTexts;

/**
 * A failed eligibility rule of grants-service as a sentence an association's staff can act on, in their language,
 * with what the rule expects and what the service found ({@code {rule.sentence}} in templates). The service
 * decides; this only words its answer. A rule this class does not know, or values of a shape it does not expect,
 * read as the service's message (its English) with the expected and found values as given.
 */
@TemplateExtension
public final class RuleSentences {

    private RuleSentences() {
    }

    public static String sentence(Problem.Violation rule, @TemplateAttribute("locale") Object locale) {
        Locale language = Language.of(locale);
        CallsTexts texts = Language.texts(CallsTexts.class, language);
        String expected = rule.expected();
        String actual = rule.actual();
        try {
            String worded = switch (rule.rule() == null ? "" : rule.rule()) {
                case "programme-open" -> texts.rule_programme_open(Formats.words(expected, language),
                        Formats.words(actual, language));
                case "within-programme-dates" -> {
                    String[] range = expected.split("\\.\\.");
                    yield texts.rule_dates(date(range[0], language), date(range[1], language), date(actual, language));
                }
                case "association-verified" -> texts.rule_verified();
                case "association-region" -> texts.rule_region(regions(expected, texts, language),
                        Formats.words(actual, language));
                case "min-member-count" -> texts.rule_min_members(
                        Formats.number(Long.valueOf(atLeast(expected)), language),
                        Formats.number(Long.valueOf(actual), language));
                case "min-transparency-rate" -> {
                    String least = Formats.percent(new BigDecimal(atLeast(expected)), language);
                    yield "none".equals(actual) ? texts.rule_min_transparency_none(least)
                            : texts.rule_min_transparency(least, Formats.percent(new BigDecimal(actual), language));
                }
                default -> null;
            };
            if (worded != null) {
                return worded;
            }
        } catch (RuntimeException unexpectedShape) {
            // the service worded the values otherwise than this class expects: fall back to them as given
        }
        return asGiven(rule, texts, language);
    }

    /**
     * The problem with each rule that no input of a form claims (about the association or the programme) worded
     * as a sentence without a field, so that a form's summary reads as the calls pages do; the rules about the
     * form's own fields stay as they are, to show beside their inputs.
     */
    public static Problem worded(Problem problem, Collection<String> formFields, Object locale) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (Problem.Violation v : problem.violations()) {
            boolean summary = v.rule() != null && (v.field() == null || !formFields.contains(v.field()));
            violations.add(summary ? new Problem.Violation(null, sentence(v, locale), v.rule(), null, null) : v);
        }
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), violations);
    }

    /** "The association has too few member MFIs (expected >= 10, found 4)." */
    static String asGiven(Problem.Violation rule, CallsTexts texts, Locale locale) {
        String message = rule.message() == null || rule.message().isBlank() ? texts.rule_not_met() : rule.message();
        StringBuilder sentence = new StringBuilder(Character.toUpperCase(message.charAt(0)) + message.substring(1));
        if (rule.expected() != null || rule.actual() != null) {
            sentence.append(' ').append(Language.texts(ProblemTexts.class, locale)
                    .expected_found(String.valueOf(rule.expected()), String.valueOf(rule.actual())));
        }
        return sentence.append('.').toString();
    }

    private static String date(String isoDate, Locale locale) {
        return Formats.date(LocalDate.parse(isoDate.trim()), locale);
    }

    /** "AFRICA,ASIA" as "Africa or Asia". */
    private static String regions(String names, CallsTexts texts, Locale locale) {
        String[] each = Arrays.stream(names.split(",")).map(String::trim).map(r -> Formats.words(r, locale))
                .toArray(String[]::new);
        if (each.length == 1) {
            return each[0];
        }
        return Arrays.stream(each, 0, each.length - 1).collect(Collectors.joining(", ")) + " " + texts.or() + " "
                + each[each.length - 1];
    }

    /** ">= 10" as "10". */
    private static String atLeast(String expected) {
        return expected.replace(">=", "").trim();
    }
}
