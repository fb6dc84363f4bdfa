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
    static final List<Choice> INTERESTS = List.of(new Choice("LOW", "Low"), new Choice("MEDIUM", "Medium"),
            new Choice("HIGH", "High"));

    /** associations-service's SpCapability, in its order, as what the association can already do. */
    static final List<Choice> CAPABILITIES = List.of(
            new Choice("SPM_OFFICER", "Staff dedicated to social performance management"),
            new Choice("MEMBER_SP_DATA_COLLECTION", "Collects SP data from its members"),
            new Choice("SP_TRAINING", "Trains members in SP management or gives them technical assistance"),
            new Choice("CODE_OF_CONDUCT", "A code of conduct or client-protection standard for its members"),
            new Choice("SP_RESEARCH", "Researches and publishes on social performance"),
            new Choice("SP_ADVOCACY", "Advocates social performance with regulators and other stakeholders"));

    static final List<Choice> STRATEGIES = words(Strategy.values());
    static final List<Choice> WINDOWS = words(FundingWindow.values());

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance capacity(Association association, CapacityAssessment current, boolean canEdit,
                List<Choice> interests, List<Choice> strategies, List<Choice> capabilities, List<Choice> windows,
                FormValues values, FieldErrors errors, boolean stale, String notice);
    }

    @Inject
    CurrentUser user;

    @Inject
    @RestClient
    AssociationsApi associations;

    @GET
    public TemplateInstance capacity(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Association association = associations.get(id);
        CapacityAssessment current = currentOrNull(id);
        return page(association, current, current == null ? FormValues.empty() : FormValues.held(current),
                FieldErrors.none(), false, "saved".equals(done) ? "The self-assessment was saved." : null);
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
            FieldErrors errors = stale ? Forms.stale("a self-assessment") : Forms.refusal(refused, FIELDS);
            return Response.status(refused.status()).entity(page(associations.get(id), current, FormValues.typed(form),
                    errors, stale, null)).build();
        }
        return Response.seeOther(URI.create("/associations/" + id + "/capacity?done=saved")).build();
    }

    private TemplateInstance page(Association association, CapacityAssessment current, FormValues values,
            FieldErrors errors, boolean stale, String notice) {
        return Templates.capacity(association, current, AssociationResource.canEdit(user, association), INTERESTS,
                STRATEGIES, CAPABILITIES, WINDOWS, values, errors, stale, notice);
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


    private static List<Choice> words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), Formats.words(v))).toList();
    }
}
