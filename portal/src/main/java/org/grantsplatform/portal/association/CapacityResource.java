package org.grantsplatform.portal.association;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Strategy;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * An association's SP capacity self-assessment (the SPTF working group's survey of associations: interest,
 * experience, capabilities, needs): the current one and the form that replaces it.
 */
@Path("/associations/{id}/capacity")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class CapacityResource {

    static final List<String> FIELDS = List.of("interest", "experience", "capabilities", "needs", "notes");

    /** associations-service's InterestLevel. */
    static final List<String> INTERESTS = List.of("LOW", "MEDIUM", "HIGH");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance capacity(Association association, CapacityAssessment current, boolean canEdit,
                List<Choice> interests, List<Choice> strategies, List<Choice> capabilities, List<Choice> windows,
                InputValues values, FieldErrors errors, boolean stale, String notice);
    }

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    @RestClient
    AssociationsApi associations;

    @GET
    public TemplateInstance capacity(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Association association = associations.get(id);
        CapacityAssessment current = currentOrNull(id);
        return page(association, current, current == null ? InputValues.empty() : InputValues.held(current),
                FieldErrors.none(), false,
                "saved".equals(done) ? language.texts(AssocTexts.class).notice_capacity_saved() : null);
    }

    @POST
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assess(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("interest", Forms.text(form, "interest"));
        body.put("experience", Forms.ticked(form, "experience"));
        body.put("capabilities", Forms.ticked(form, "capabilities"));
        body.put("needs", Forms.ticked(form, "needs"));
        body.put("notes", Forms.text(form, "notes"));
        body.put("version", Forms.whole(form, "version"));
        try {
            associations.assessCapacity(id, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            CapacityAssessment current = currentOrNull(id);
            boolean stale = refused.status() == 409 && !Objects.equals(
                    current == null ? null : (long) current.version(), Forms.version(form));
            AssocTexts t = language.texts(AssocTexts.class);
            FieldErrors errors = stale ? Forms.stale(t.stale_capacity(), t)
                    : Forms.refusal(refused, FIELDS).labelled(Map.of("interest", t.interest_label(), "experience",
                            t.experience_legend(), "capabilities", t.capabilities_legend(), "needs", t.needs_legend(),
                            "notes", t.notes()));
            return Response.status(refused.status()).entity(page(associations.get(id), current, InputValues.typed(form),
                    errors, stale, null)).build();
        }
        return Response.seeOther(URI.create("/associations/" + id + "/capacity?done=saved")).build();
    }

    private TemplateInstance page(Association association, CapacityAssessment current, InputValues values,
            FieldErrors errors, boolean stale, String notice) {
        return Templates.capacity(association, current, AssociationResource.canEdit(user, association),
                words(INTERESTS), words(Arrays.stream(Strategy.values()).map(Enum::name).toList()),
                capabilities(language.texts(AssocTexts.class)),
                words(Arrays.stream(FundingWindow.values()).map(Enum::name).toList()), values, errors, stale, notice);
    }

    /** The current assessment, or null before the first; the association itself was read first, so a 404 is this. */
    private CapacityAssessment currentOrNull(UUID id) {
        try {
            return associations.capacityAssessment(id);
        } catch (ServiceProblem refused) {
            if (refused.status() == 404) {
                return null;
            }
            throw refused;
        }
    }

    /** associations-service's SpCapability, in its order, as what the association can already do. */
    private static List<Choice> capabilities(AssocTexts t) {
        return List.of(new Choice("SPM_OFFICER", t.capability_spm_officer()),
                new Choice("MEMBER_SP_DATA_COLLECTION", t.capability_data_collection()),
                new Choice("SP_TRAINING", t.capability_training()),
                new Choice("CODE_OF_CONDUCT", t.capability_code_of_conduct()),
                new Choice("SP_RESEARCH", t.capability_research()),
                new Choice("SP_ADVOCACY", t.capability_advocacy()));
    }

    private List<Choice> words(List<String> values) {
        return values.stream().map(v -> new Choice(v, Formats.words(v, language.locale()))).toList();
    }
}
