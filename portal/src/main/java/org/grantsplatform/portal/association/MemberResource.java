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
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.ServiceProblem;

/** An association's member MFIs: the list, adding one and editing one. */
@Path("/associations/{id}/members")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class MemberResource {

    static final int PAGE_SIZE = 20;
    /** The member's inputs, named as associations-service names the fields. */
    static final List<String> MEMBER_FIELDS = List.of("name", "country", "legalForm", "joinedYear");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(Association association, Page<Member> page, boolean canEdit,
                String notice);

        /** Adds a member ({@code member} null) or edits one. */
        static native TemplateInstance member(Association association, Member member, InputValues values,
                FieldErrors errors, boolean stale);
    }

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    @RestClient
    AssociationsApi associations;

    @GET
    public TemplateInstance members(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("done") String done, @QueryParam("member") UUID memberId) {
        Association association = associations.get(id);
        Page<Member> members = associations.members(id, Math.max(page, 0), PAGE_SIZE);
        AssocTexts t = language.texts(AssocTexts.class);
        String who = members.items().stream().filter(m -> m.id().equals(memberId)).map(Member::name).findFirst()
                .orElse(t.the_member());
        String notice = switch (done == null ? "" : done) {
            case "added" -> t.notice_member_added(who);
            case "updated" -> t.notice_member_saved(who);
            default -> null;
        };
        return Templates.members(association, members, AssociationResource.canEdit(user, association), notice);
    }

    @GET
    @Path("new")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance addForm(@PathParam("id") UUID id) {
        return Templates.member(associations.get(id), null, InputValues.empty(), FieldErrors.none(), false);
    }

    @POST
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Member added;
        try {
            added = associations.addMember(id, member(form));
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            return Response.status(refused.status()).entity(Templates.member(associations.get(id), null,
                    InputValues.typed(form), Forms.conflictOn("name", null, refused, MEMBER_FIELDS).labelled(labels()),
                    false)).build();
        }
        return done(id, "added", added);
    }

    @GET
    @Path("{memberId}")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance editForm(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        Association association = associations.get(id);
        Member member = associations.member(id, memberId);
        return Templates.member(association, member, InputValues.held(member), FieldErrors.none(), false);
    }

    @POST
    @Path("{memberId}")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            MultivaluedMap<String, String> form) {
        Map<String, Object> body = member(form);
        body.put("version", Forms.whole(form, "version"));
        Member saved;
        try {
            saved = associations.updateMember(id, memberId, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Member current = associations.member(id, memberId);
            boolean stale = refused.status() == 409 && !Long.valueOf(current.version()).equals(Forms.version(form));
            AssocTexts t = language.texts(AssocTexts.class);
            FieldErrors errors = stale ? Forms.stale(t.stale_member(), t)
                    : Forms.conflictOn("name", null, refused, MEMBER_FIELDS).labelled(labels());
            return Response.status(refused.status()).entity(Templates.member(associations.get(id), current,
                    InputValues.typed(form), errors, stale)).build();
        }
        return done(id, "updated", saved);
    }

    /** The member form's labels by field, for the error summary. */
    private Map<String, String> labels() {
        AssocTexts t = language.texts(AssocTexts.class);
        return Map.of("name", t.name(), "country", t.country(), "legalForm", t.legal_form(), "joinedYear",
                t.year_joined());
    }

    private static Response done(UUID id, String done, Member member) {
        return Response.seeOther(UriBuilder.fromPath("/associations/{id}/members")
                .queryParam("done", done).queryParam("member", member.id()).build(id)).build();
    }

    private static Map<String, Object> member(MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", Forms.text(form, "name"));
        body.put("country", Forms.code(form, "country"));
        body.put("legalForm", Forms.text(form, "legalForm"));
        body.put("joinedYear", Forms.whole(form, "joinedYear"));
        return body;
    }
}
