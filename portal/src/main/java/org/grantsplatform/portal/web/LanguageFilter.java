package org.grantsplatform.portal.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The language the user picked counts as the browser's first choice: Qute renders a page (its message
 * bundles) in the request's preferred language, so the picked one is put there before the page is chosen.
 */
public class LanguageFilter {

    @ServerRequestFilter(preMatching = true)
    public void pickedLanguageFirst(ContainerRequestContext request) {
        Cookie picked = request.getCookies().get(Language.COOKIE);
        Locale chosen = picked == null ? null : Language.supported(picked.getValue());
        if (chosen != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, chosen.getLanguage());
        }
    }
}
