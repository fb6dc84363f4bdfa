package org.grantsplatform.portal.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How pages write amounts, dates and the services' enum values: money always with its currency, dates in
 * the user's language (web/Language), {@code UNDER_REVIEW} as "Under review".
 */
@TemplateExtension
public final class Formats {

    /** The {@link Words} bundle's text of each enum value, by the value's name. */
    private static final Map<String, Method> WORDS = Arrays.stream(Words.class.getMethods())
            .filter(m -> m.getParameterCount() == 0 && m.getReturnType() == String.class)
            .collect(Collectors.toMap(Method::getName, Function.identity()));

    private Formats() {
    }

    private static Locale locale(Object attribute) {
        return Language.of(attribute);
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
            return Language.texts(WebTexts.class, locale(locale)).none();
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

    /**
     * An enum value of the services as words in the page's language ({@link Words}): {@code UNDER_REVIEW} →
     * "Under review", "En cours d'évaluation"; a role such as {@code program-manager} alike. A value the bundle does
     * not know reads as its name in plain English ({@code NEW_STATE} → "New state").
     */
    public static String words(Object value, @TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "";
        }
        String name = value.toString();
        Method word = WORDS.get(name.replace('-', '_').toUpperCase(Locale.ROOT));
        if (word != null) {
            try {
                return (String) word.invoke(Language.texts(Words.class, locale(locale)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the word of " + name, e);
            }
        }
        String spaced = name.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
