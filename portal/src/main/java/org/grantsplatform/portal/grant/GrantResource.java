package org.grantsplatform.portal.grant;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.application.ApplicationsApi;
import org.grantsplatform.portal.programme.OwnAssociations;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.programme.ProgrammesApi;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormRow;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;
import org.grantsplatform.portal.web.WebTexts;

/** The grantee's grants: the list, one grant with its tranches, and the milestone report of a tranche. */
@Path("/grants")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class GrantResource {

    static final int PAGE_SIZE = 20;
    static final String ADD_INDICATOR = "add-indicator";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grants(Page<Grant> page, List<GrantRow> rows);

        static native TemplateInstance grant(Grant grant, Programme programme, String association, String notice);

        static native TemplateInstance report(Grant grant, Grant.Tranche tranche, Application application,
                ReportForm report, FieldErrors errors);

        /** One indicator row, for htmx to add. */
        static native TemplateInstance report$line(FormRow row, FieldErrors errors);
    }

    @Inject
    @RestClient
    GrantsApi grants;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    @RestClient
    ApplicationsApi applications;

    @Inject
    OwnAssociations associations;

    @Inject
    Language language;

    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page) {
        Page<Grant> found = grants.list(null, Math.max(page, 0), PAGE_SIZE);
        Map<UUID, Programme> byId = programmes.byId(found.items().stream().map(Grant::programmeId).toList());
        List<GrantRow> rows = new ArrayList<>();
        for (Grant g : found.items()) {
            rows.add(new GrantRow(g, byId.get(g.programmeId()),
                    associations.label(g.associationId())));
        }
        return Templates.grants(found, rows);
    }

    @GET
    @Path("{id}")
    public TemplateInstance grant(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Grant grant = grants.get(id);
        String notice = "reported".equals(done) ? texts().notice_reported() : null;
        return Templates.grant(grant, programmes.get(grant.programmeId()), associations.label(grant.associationId()),
                notice);
    }

    @GET
    @Path("{id}/tranches/{trancheId}/report")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance reportForm(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        Grant grant = grants.get(id);
        Grant.Tranche tranche = tranche(grant, trancheId);
        return Templates.report(grant, tranche, applications.get(grant.applicationId()),
                ReportForm.of(tranche).shown(texts()), FieldErrors.none());
    }

    @POST
    @Path("{id}/tranches/{trancheId}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public Response report(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            MultivaluedMap<String, String> form) {
        Grant grant = grants.get(id);
        Grant.Tranche tranche = tranche(grant, trancheId);
        ReportForm report = ReportForm.posted(form);
        if (ADD_INDICATOR.equals(form.getFirst("intent"))) {
            return Response.ok(Templates.report(grant, tranche, applications.get(grant.applicationId()),
                    report.longer().shown(texts()), FieldErrors.none())).build();
        }
        try {
            grants.reportMilestone(id, trancheId, report.body());
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            ReportForm sent = report.asSent();
            return Response.status(refused.status())
                    .entity(Templates.report(grant, tranche, applications.get(grant.applicationId()),
                            sent.shown(texts()), FieldErrors.of(refused.problem(), sent.fields())
                                    .labelled(sent.labels(texts(), language.texts(WebTexts.class)))))
                    .build();
        }
        return Response.seeOther(URI.create("/grants/" + id + "?done=reported")).build();
    }

    /** htmx: one more empty indicator row. */
    @POST
    @Path("rows/indicators")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance indicator(MultivaluedMap<String, String> form) {
        return Templates.report$line(ReportForm.indicators(texts()).empty(ReportForm.INDICATORS.nextIndex(form)),
                FieldErrors.none());
    }

    private GrantTexts texts() {
        return language.texts(GrantTexts.class);
    }

    /** The grant's tranche; another grant's is not found, as the service would answer. */
    private static Grant.Tranche tranche(Grant grant, UUID trancheId) {
        Grant.Tranche tranche = grant.tranche(trancheId);
        if (tranche == null) {
            throw new ServiceProblem(new Problem(null, "Not Found", 404, "no such tranche", null));
        }
        return tranche;
    }
}
