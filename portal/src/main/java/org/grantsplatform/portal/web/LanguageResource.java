package org.grantsplatform.portal.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;

/**
 * The language links in every page's footer: remember the choice and go back to the page. Plain links rather than a
 * form, so that they work on every page, error pages included, without a CSRF token: all another site can do with
 * one is change the language a browser shows.
 */
@Path("/language/{lang}")
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @GET
    public Response choose(@PathParam("lang") String tag, @QueryParam("return") String back) {
        Locale chosen = Language.supported(tag);
        Response.ResponseBuilder answer = Response.seeOther(URI.create(sameSite(back)));
        if (chosen != null) {
            answer.cookie(new NewCookie.Builder(Language.COOKIE).value(chosen.getLanguage()).path("/").maxAge(ONE_YEAR)
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
        return answer.build();
    }

    /** Only a path of this site: never an absolute or protocol-relative URL (no open redirect). */
    static String sameSite(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")) {
            return "/";
        }
        return back;
    }
}
