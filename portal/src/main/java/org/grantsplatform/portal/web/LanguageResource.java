package org.grantsplatform.portal.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;

/** The language switch in every page's footer: remembers the choice and goes back to the page. */
@Path("/language")
public class LanguageResource {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@FormParam("lang") String tag, @FormParam("return") String back) {
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
