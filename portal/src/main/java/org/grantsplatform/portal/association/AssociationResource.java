package org.grantsplatform.portal.association;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.ServiceProblem;

/** The applicant's associations: their list, registering one, an association's page, its profile and owners. */
@Path("/associations")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AssociationResource {

    static final int PAGE_SIZE = 20;
    static final int OWNERS_SHOWN = 100;
    /** The profile's inputs, named as associations-service names the fields. */
    static final List<String> PROFILE_FIELDS = List.of("name", "acronym", "country", "region", "legalForm",
            "foundedYear", "website", "contactEmail");
    static final List<Region> REGIONS = List.of(Region.values());

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Page<Association> page);

        /** Registers an association ({@code association} null) or edits its profile. */
        static native TemplateInstance profile(Association association, List<Region> regions, InputValues values,
                FieldErrors errors, boolean stale);

        static native TemplateInstance association(Association association, List<Owner> owners, boolean canEdit,
                InputValues ownerValues, FieldErrors errors, String notice);
    }

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    @RestClient
    AssociationsApi associations;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        return Templates.list(associations.list(true, Math.max(page, 0), PAGE_SIZE));
    }

    @GET
    @Path("new")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance registerForm() {
        return Templates.profile(null, REGIONS, InputValues.empty(), FieldErrors.none(), false);
    }

    @POST
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> form) {
        Association registered;
        try {
            registered = associations.register(profile(form));
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            return Response.status(refused.status()).entity(Templates.profile(null, REGIONS, InputValues.typed(form),
                    Forms.refusal(refused, PROFILE_FIELDS).labelled(profileLabels()), false)).build();
        }
        return Response.seeOther(URI.create("/associations/" + registered.id() + "?done=registered")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance association(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Association association = associations.get(id);
        AssocTexts t = language.texts(AssocTexts.class);
        String notice = switch (done == null ? "" : done) {
            case "registered" -> t.notice_registered();
            case "updated" -> t.notice_updated();
            case "owner" -> t.notice_owner();
            default -> null;
        };
        return Templates.association(association, owners(id), canEdit(association), InputValues.empty(),
                FieldErrors.none(), notice);
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance editForm(@PathParam("id") UUID id) {
        Association association = associations.get(id);
        return Templates.profile(association, REGIONS, InputValues.held(association), FieldErrors.none(),
                false);
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, Object> body = profile(form);
        body.put("version", Forms.whole(form, "version"));
        try {
            associations.update(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Association current = associations.get(id);
            boolean stale = refused.status() == 409 && !Long.valueOf(current.version()).equals(Forms.version(form));
            AssocTexts t = language.texts(AssocTexts.class);
            FieldErrors errors = stale ? Forms.stale(t.stale_profile(), t)
                    : Forms.refusal(refused, PROFILE_FIELDS).labelled(profileLabels());
            return Response.status(refused.status())
                    .entity(Templates.profile(current, REGIONS, InputValues.typed(form), errors, stale)).build();
        }
        return Response.seeOther(URI.create("/associations/" + id + "?done=updated")).build();
    }

    @POST
    @Path("{id}/owners")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOwner(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", Forms.text(form, "user"));
        try {
            associations.addOwner(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Association association = associations.get(id);
            AssocTexts t = language.texts(AssocTexts.class);
            return Response.status(refused.status()).entity(Templates.association(association, owners(id),
                    canEdit(association), InputValues.typed(form), Forms.conflictOn("user", t.already_owner(), refused, List.of("user"))
                            .labelled(Map.of("user", t.owner_id())), null)).build();
        }
        return Response.seeOther(URI.create("/associations/" + id + "?done=owner")).build();
    }

    /** The association's owners by name: the first hundred, where an association has a handful. */
    private List<Owner> owners(UUID id) {
        return associations.owners(id, 0, OWNERS_SHOWN).items();
    }

    /** The profile's labels by field, for the error summary. */
    private Map<String, String> profileLabels() {
        AssocTexts t = language.texts(AssocTexts.class);
        return Map.of("name", t.name(), "acronym", t.acronym(), "country", t.country(), "region", t.region(),
                "legalForm", t.legal_form(), "foundedYear", t.year_founded(), "website", t.website(),
                "contactEmail", t.contact_email());
    }

    private boolean canEdit(Association association) {
        return canEdit(user, association);
    }

    /** Whether the user may change the association: the service decides; this only chooses which forms to offer. */
    static boolean canEdit(CurrentUser user, Association association) {
        return user.isAdmin() || user.isApplicant() && association.isOwnedBy(user.subject());
    }

    private static Map<String, Object> profile(MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Forms.text(form, "name"));
        body.put("acronym", Forms.text(form, "acronym"));
        body.put("country", Forms.code(form, "country"));
        body.put("region", Forms.text(form, "region"));
        body.put("legalForm", Forms.text(form, "legalForm"));
        body.put("foundedYear", Forms.whole(form, "foundedYear"));
        body.put("website", Forms.text(form, "website"));
        body.put("contactEmail", Forms.text(form, "contactEmail"));
        return body;
    }

}
