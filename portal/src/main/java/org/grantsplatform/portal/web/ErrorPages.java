package org.grantsplatform.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a user sees when a service refuses or does not answer: a page that says what happened and where
 * to go, inside the usual navigation, in the user's language; never a stack trace, never the service's JSON.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String heading, String explanation, String detail);
    }

    @Inject
    Language language;

    @ServerExceptionMapper
    public Response refused(ServiceProblem e) {
        int status = e.status();
        ProblemTexts texts = texts();
        String heading = e.problem().heading(texts);
        return switch (status) {
            case 401 -> page(401, heading, texts.session_ended(), null);
            case 403 -> page(403, heading, texts.forbidden_action(), e.problem().detail());
            case 404 -> page(404, heading, texts.not_found(), null);
            case 409, 422, 400 -> page(status, heading, texts.refused(),
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
        ProblemTexts texts = texts();
        return page(403, texts.type_forbidden(), texts.forbidden_page(), null);
    }

    /** A service that does not answer (refused connection, timeout). */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("a service did not answer: %s", e.getMessage());
        return unavailable();
    }

    private Response unavailable() {
        ProblemTexts texts = texts();
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE).header("Retry-After", "5")
                .entity(Templates.error(503, texts.type_unavailable(), texts.unavailable(), null))
                .build();
    }

    private ProblemTexts texts() {
        return language.texts(ProblemTexts.class);
    }

    private static Response page(int status, String heading, String explanation, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, heading, explanation, detail)).build();
    }
}
