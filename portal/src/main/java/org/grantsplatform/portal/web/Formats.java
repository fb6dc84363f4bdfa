package org.grantsplatform.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * How pages write amounts, dates and the services' enum values: money always with its currency, dates in
 * the user's language (web/Language), {@code UNDER_REVIEW} as "Under review".
 */
@TemplateExtension
public final class Formats {

    /** Words where the enum's own name would read badly. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("SPM_OFFICER", "Social performance management officer"),
            Map.entry("LATIN_AMERICA_CARIBBEAN", "Latin America and the Caribbean"),
            Map.entry("MIDDLE_EAST_NORTH_AFRICA", "Middle East and North Africa"),
            Map.entry("NORTH_AMERICA", "North America"),
            Map.entry("PPI", "PPI (Poverty Probability Index)"),
            Map.entry("AWARD", "Award"),
            Map.entry("STRONGLY_RECOMMEND", "Strongly recommend"));

    private Formats() {
    }

    /** The template's locale if it was given one, else the language of the page being answered. */
    static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        if (attribute instanceof String tag && !tag.isBlank()) {
            return Locale.forLanguageTag(tag);
        }
        if (Arc.container().requestContext().isActive()) {
            return Arc.container().instance(Language.class).get().locale();
        }
        return Locale.ENGLISH;
    }

    /** An amount in its currency, e.g. "USD 25,000.00" (the code, never a symbol that several currencies share). */
    public static String money(BigDecimal amount, String currency, @TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale(locale));
        int digits = currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
        number.setMinimumFractionDigits(Math.max(digits, 0));
        number.setMaximumFractionDigits(Math.max(digits, 2));
        return (currency == null ? "" : currency + "\u00a0") + number.format(amount);
    }

    /** A plain number in the user's locale (counts, indicators). */
    public static String number(Number value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale(locale)).format(value);
    }

    /** A rate held as a fraction (0.75) written as a percentage ("75%"). */
    public static String percent(BigDecimal fraction, @TemplateAttribute("locale") Object locale) {
        if (fraction == null) {
            return "none";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale(locale));
        percent.setMaximumFractionDigits(1);
        return percent.format(fraction);
    }

    public static String date(LocalDate date, @TemplateAttribute("locale") Object locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(locale)).format(date);
    }

    /** An instant as a date and time in UTC (the services' clock), with the zone named. */
    public static String dateTime(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale(locale))
                        .format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** An enum value of the services as words: {@code UNDER_REVIEW} → "Under review". */
    public static String words(Object value) {
        if (value == null) {
            return "";
        }
        String name = value.toString();
        String known = WORDS.get(name);
        if (known != null) {
            return known;
        }
        String spaced = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
