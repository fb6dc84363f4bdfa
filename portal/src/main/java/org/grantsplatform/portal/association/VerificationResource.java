package org.grantsplatform.portal.association;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.programmanager.ProgramManagerTexts;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The program manager's associations: those waiting for verification (or verified, to revoke), an association's
 * profile read-only with its transparency by year, and the decision to verify or revoke, always with a note.
 */
@Path("/manage/associations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ CurrentUser.PROGRAM_MANAGER, CurrentUser.ADMIN })
public class VerificationResource {

    static final int PAGE_SIZE = 20;
    static final String VERIFIED = "verified";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance associations(Page<Association> page, boolean verified, String q,
                String pagerBase);

        static native TemplateInstance association(Association association, Transparency transparency,
                String note, FieldErrors errors, String notice);
    }

    @Inject
    @RestClient
    VerificationApi verification;

    @Inject
    @RestClient
    AssociationsApi associations;

    @Inject
    ProgramManagerTexts texts;

    /** Those waiting for verification (not verified yet, or revoked); {@code show=verified} those verified. */
    @GET
    public TemplateInstance list(@QueryParam("show") String show, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        boolean verified = VERIFIED.equals(show);
        String name = FormValues.blankToNull(q);
        Page<Association> found = verification.list(verified, name, Math.max(page, 0), PAGE_SIZE);
        String base = "/manage/associations?" + (verified ? "show=verified&" : "")
                + (name == null ? "" : "q=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&");
        return Templates.associations(found, verified, name == null ? "" : name, base);
    }

    @GET
    @Path("{id}")
    public TemplateInstance association(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = switch (done == null ? "" : done) {
            case "verified" -> texts.get().association_verified();
            case "revoked" -> texts.get().association_revoked();
            default -> null;
        };
        return page(id, "", FieldErrors.none(), notice);
    }

    /** The page's form says which decision it makes ({@code verified}), so a second click cannot undo the first. */
    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        boolean verify = "true".equals(form.getFirst("verified"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verified", verify);
        body.put("note", FormValues.blankToNull(form.getFirst("note")));
        try {
            verification.verify(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            String note = form.getFirst("note");
            return Response.status(refused.status()).entity(page(id, note == null ? "" : note,
                    texts.refusal(refused, List.of("note"), Map.of("note",
                            verify ? texts.get().note_required_verify() : texts.get().note_required_revoke())),
                    null)).build();
        }
        return Response.seeOther(URI.create("/manage/associations/" + id + "?done=" + (verify ? "verified" : "revoked")))
                .build();
    }

    private TemplateInstance page(UUID id, String note, FieldErrors errors, String notice) {
        return Templates.association(associations.get(id), associations.transparency(id), note, errors, notice);
    }
}
