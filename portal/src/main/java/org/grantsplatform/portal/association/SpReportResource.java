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
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The social-performance report of a year, member by member, with the association's transparency, and the
 * form of one member's indicators for the year.
 */
@Path("/associations/{id}/sp-reports")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class SpReportResource {

    static final int PAGE_SIZE = 50;
    /** The service's largest page, for reading all of a year's reports. */
    static final int ALL = 100;
    /** Enough pages of reports for 10,000 members; an association has far fewer. */
    static final int MAX_PAGES = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Association association, int year, Transparency transparency,
                Transparency.Year figures, Page<Member> page, List<SpRow> rows, boolean canEdit, InputValues picker,
                FieldErrors errors, String notice);

        static native TemplateInstance indicators(Association association, Member member, int year, SpReport report,
                List<Indicator.Group> groups, InputValues values, FieldErrors errors,
                boolean stale);
    }

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    @Inject
    @RestClient
    AssociationsApi associations;

    /** The year asked for; without one, the latest year a member reported for, else the current year. */
    @GET
    public Response report(@PathParam("id") UUID id, @QueryParam("year") String year,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done,
            @QueryParam("member") UUID memberId) {
        Association association = associations.get(id);
        Transparency transparency = associations.transparency(id);
        boolean canEdit = AssociationResource.canEdit(user, association);
        int latest = transparency.latest() != null ? transparency.latest() : Year.now(ZoneOffset.UTC).getValue();
        String asked = year == null || year.isBlank() ? String.valueOf(latest) : year.strip();
        Page<Member> members = associations.members(id, Math.max(page, 0), PAGE_SIZE);
        Map<UUID, SpReport> reports;
        try {
            // the year goes out as typed: the service names it if it is not a reporting year
            reports = reportsOf(id, asked);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            return Response.status(refused.status()).entity(Templates.report(association, latest, transparency, null,
                    members, List.of(), canEdit, InputValues.held(Map.of("year", asked)),
                    Forms.refusal(refused, List.of("year")).labelled(Map.of("year",
                            language.texts(AssocTexts.class).reporting_year())), null)).build();
        }
        int shown = Integer.parseInt(asked);
        List<SpRow> rows = members.items().stream().map(m -> new SpRow(m, reports.get(m.id()))).toList();
        String notice = null;
        if ("saved".equals(done)) {
            AssocTexts t = language.texts(AssocTexts.class);
            String who = members.items().stream().filter(m -> m.id().equals(memberId)).map(Member::name).findFirst()
                    .orElse(t.the_member_lower());
            notice = t.notice_report_saved(shown, who);
        }
        return Response.ok(Templates.report(association, shown, transparency, transparency.of(shown), members, rows,
                canEdit, InputValues.held(Map.of("year", shown)), FieldErrors.none(), notice)).build();
    }

    @GET
    @Path("{year}/members/{memberId}")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    public TemplateInstance indicatorsForm(@PathParam("id") UUID id, @PathParam("year") int year,
            @PathParam("memberId") UUID memberId) {
        Association association = associations.get(id);
        Member member = associations.member(id, memberId);
        SpReport report = reportOrNull(id, memberId, year);
        return Templates.indicators(association, member, year, report, groups(),
                report == null ? InputValues.empty() : InputValues.held(report), FieldErrors.none(), false);
    }

    @POST
    @Path("{year}/members/{memberId}")
    @RolesAllowed({ CurrentUser.APPLICANT, CurrentUser.ADMIN })
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("id") UUID id, @PathParam("year") int year,
            @PathParam("memberId") UUID memberId, MultivaluedMap<String, String> form) {
        List<Indicator.Group> groups = groups();
        try {
            associations.reportSp(id, memberId, year, indicators(groups, form));
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            SpReport current = reportOrNull(id, memberId, year);
            boolean stale = refused.status() == 409
                    && !Objects.equals(current == null ? null : current.version(), Forms.version(form));
            AssocTexts t = language.texts(AssocTexts.class);
            List<Indicator> all = Indicator.all(groups);
            FieldErrors errors = stale ? Forms.stale(t.stale_report(), t)
                    : Forms.refusal(refused, all.stream().map(Indicator::name).toList()).labelled(
                            all.stream().collect(Collectors.toMap(Indicator::name, Indicator::label)));
            return Response.status(refused.status()).entity(Templates.indicators(associations.get(id),
                    associations.member(id, memberId), year, current, groups,
                    InputValues.typed(form), errors, stale)).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/associations/{id}/sp-reports").queryParam("year", year)
                .queryParam("done", "saved").queryParam("member", memberId).build(id)).build();
    }

    /** Every report of the year by member (the service pages them). */
    private Map<UUID, SpReport> reportsOf(UUID id, String year) {
        Map<UUID, SpReport> reports = new HashMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Page<SpReport> batch = associations.spReports(id, year, page, ALL);
            batch.items().forEach(r -> reports.put(r.memberId(), r));
            if (!batch.hasNext()) {
                break;
            }
        }
        return reports;
    }

    private SpReport reportOrNull(UUID id, UUID memberId, int year) {
        try {
            return associations.spReport(id, memberId, year);
        } catch (ServiceProblem refused) {
            if (refused.status() == 404) {
                // no report of that year yet; an unknown association or member was already answered by a 404
                return null;
            }
            throw refused;
        }
    }

    private List<Indicator.Group> groups() {
        return Indicator.groups(language.texts(AssocTexts.class), language.locale());
    }

    private static Map<String, Object> indicators(List<Indicator.Group> groups, MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        Indicator.all(groups).forEach(i -> body.put(i.name(), i.read(form)));
        body.put("version", Forms.whole(form, "version"));
        return body;
    }

}
