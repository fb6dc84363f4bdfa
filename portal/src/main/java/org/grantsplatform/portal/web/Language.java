package org.grantsplatform.portal.web;

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
