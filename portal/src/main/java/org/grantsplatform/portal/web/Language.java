package org.grantsplatform.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The language pages are written in: the one the user picked (remembered in a cookie for a year), else the
 * browser's first supported choice ({@code Accept-Language}), else English.
 */
@RequestScoped
@Named("lang")
public class Language {

    public static final String COOKIE = "portal-lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public String tag() {
        return locale().getLanguage();
    }

    /** A message bundle's texts in this request's language. */
    public <T> T texts(Class<T> bundle) {
        return texts(bundle, locale());
    }

    /** A message bundle's texts in the locale's language if it is supported, else in English. */
    public static <T> T texts(Class<T> bundle, Locale locale) {
        Locale language = locale == null ? null : supported(locale.getLanguage());
        if (language == null || language.equals(Locale.ENGLISH)) {
            return MessageBundles.get(bundle);
        }
        return MessageBundles.get(bundle, Localized.Literal.of(language.getLanguage()));
    }

    /** The language of the HTTP request being answered; English outside one. */
    public static Locale current() {
        ArcContainer arc = Arc.container();
        if (arc != null && arc.requestContext().isActive()
                && arc.instance(CurrentVertxRequest.class).get().getCurrent() != null) {
            return arc.instance(Language.class).get().locale();
        }
        return Locale.ENGLISH;
    }

    /**
     * The locale a template extension works in: the template's {@code locale} attribute if it was given one (a
     * {@link Locale} or a tag), else the language of the request being answered.
     */
    public static Locale of(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        if (attribute instanceof String tag && !tag.isBlank()) {
            return Locale.forLanguageTag(tag);
        }
        return current();
    }

    /** The path and query of this page, URL-encoded: where switching the language comes back to. */
    public String back() {
        return URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
    }

    /** Each supported language in its own name ("Français"), marked when it is the current one. */
    public List<Choice> choices() {
        return SUPPORTED.stream()
                .map(l -> new Choice(l.getLanguage(), capitalised(l.getDisplayLanguage(l)), l.equals(locale())))
                .toList();
    }

    public record Choice(String tag, String name, boolean current) {
    }

    /** A supported language for a tag such as "fr" or "fr-CA", or null. */
    public static Locale supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }

    private Locale resolve() {
        Cookie picked = request.getCookie(COOKIE);
        Locale chosen = picked == null ? null : supported(picked.getValue());
        if (chosen != null) {
            return chosen;
        }
        String accepted = request.getHeader("Accept-Language");
        if (accepted != null) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(accepted), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformed) {
                // a header no browser sends: English, as for none
            }
        }
        return Locale.ENGLISH;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
