package org.grantsplatform.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a user sees when a service refuses or does not answer: a page that says what happened and where
 * to go, inside the usual navigation; never a stack trace, never the service's JSON.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String heading, String explanation, String detail);
    }

    @ServerExceptionMapper
    public Response refused(ServiceProblem e) {
        int status = e.status();
        return switch (status) {
            case 401 -> page(401, "Your session has ended", "Sign in again to continue.", null);
            case 403 -> page(403, "You may not do this",
                    "Your role does not allow this action. The home page lists what is waiting for you.", e.problem().detail());
            case 404 -> page(404, "Not found",
                    "There is nothing here that you may see: it does not exist, or it belongs to someone else.", null);
            case 409, 422, 400 -> page(status, "This could not be done", "The service refused it.",
                    String.join("; ", FieldErrors.of(e.problem(), List.of()).summary()));
            default -> {
                LOG.warnf("a service answered %s", e.getMessage());
                yield unavailable();
            }
        };
    }

    /** A page the user's roles do not open (the portal's own {@code @RolesAllowed}): the same page as a service's 403. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "You may not do this",
                "Your role does not open this page. The home page lists what is waiting for you.", null);
    }

    /** A service that does not answer (refused connection, timeout). */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("a service did not answer: %s", e.getMessage());
        return unavailable();
    }

    private Response unavailable() {
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE).header("Retry-After", "5")
                .entity(Templates.error(503, "Please try again in a moment",
                        "A part of the platform is not answering just now. Nothing was changed by this request; "
                                + "reload the page to try again.", null))
                .build();
    }

    private static Response page(int status, String heading, String explanation, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, heading, explanation, detail)).build();
    }
}
