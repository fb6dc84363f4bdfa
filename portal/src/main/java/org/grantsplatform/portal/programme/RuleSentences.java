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
import org.grantsplatform.portal.web.Problem;

/**
 * A failed eligibility rule of grants-service as a sentence an association's staff can act on, with what the
 * rule expects and what the service found ({@code {rule.sentence}} in templates). The service decides; this
 * only words its answer. A rule this class does not know, or values of a shape it does not expect, read as
 * the service's message with the expected and found values as given.
 */
@TemplateExtension
public final class RuleSentences {

    private RuleSentences() {
    }

    public static String sentence(Problem.Violation rule, @TemplateAttribute("locale") Object locale) {
        String expected = rule.expected();
        String actual = rule.actual();
        try {
            String worded = switch (rule.rule() == null ? "" : rule.rule()) {
                case "programme-open" -> "The call does not take applications: it should be "
                        + Formats.words(expected).toLowerCase(Locale.ROOT) + " and it is "
                        + Formats.words(actual).toLowerCase(Locale.ROOT) + ".";
                case "within-programme-dates" -> {
                    String[] range = expected.split("\\.\\.");
                    yield "The call takes applications from " + date(range[0], locale) + " to " + date(range[1], locale)
                            + "; today is " + date(actual, locale) + ".";
                }
                case "association-verified" -> "The programme requires an association verified by a program manager; "
                        + "this one is not verified yet.";
                case "association-region" -> "The programme is open to associations in " + regions(expected)
                        + "; this association is in " + Formats.words(actual) + ".";
                case "min-member-count" -> "The programme requires at least " + atLeast(expected)
                        + " member institutions; this association has " + actual + ".";
                case "min-transparency-rate" -> "The programme requires at least "
                        + Formats.percent(new BigDecimal(atLeast(expected)), locale)
                        + " of member institutions to report social-performance data; "
                        + ("none".equals(actual) ? "none of this association's have reported yet."
                                : "this association's rate is " + Formats.percent(new BigDecimal(actual), locale) + ".");
                default -> null;
            };
            if (worded != null) {
                return worded;
            }
        } catch (RuntimeException unexpectedShape) {
            // the service worded the values otherwise than this class expects: fall back to them as given
        }
        return asGiven(rule);
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
    static String asGiven(Problem.Violation rule) {
        String message = rule.message() == null || rule.message().isBlank() ? "A rule is not met" : rule.message();
        StringBuilder sentence = new StringBuilder(Character.toUpperCase(message.charAt(0)) + message.substring(1));
        if (rule.expected() != null || rule.actual() != null) {
            sentence.append(" (expected ").append(rule.expected()).append(", found ").append(rule.actual()).append(')');
        }
        return sentence.append('.').toString();
    }

    private static String date(String isoDate, Object locale) {
        return Formats.date(LocalDate.parse(isoDate.trim()), locale);
    }

    /** "AFRICA,ASIA" as "Africa or Asia". */
    private static String regions(String names) {
        String[] each = Arrays.stream(names.split(",")).map(String::trim).map(Formats::words).toArray(String[]::new);
        if (each.length == 1) {
            return each[0];
        }
        return Arrays.stream(each, 0, each.length - 1).collect(Collectors.joining(", ")) + " or " + each[each.length - 1];
    }

    /** ">= 10" as "10". */
    private static String atLeast(String expected) {
        return expected.replace(">=", "").trim();
    }
}
