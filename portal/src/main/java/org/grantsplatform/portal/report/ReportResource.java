package org.grantsplatform.portal.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.portal.grant.Grant;
import org.grantsplatform.portal.grant.GrantsApi;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.programme.ProgrammesApi;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Option;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The reports of reporting-service as pages, each a table and a chart: the portfolio, the pipeline, the
 * disbursements, social performance by region, a grant's timeline; and the exports, streamed through. What a
 * user may see is the service's decision (donors their own programmes, program managers and admins all, others
 * a 403, shown as the 403 page).
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class ReportResource {

    static final int PAGE_SIZE = 20;
    static final int EVENTS_PAGE_SIZE = 50;
    static final List<String> GROUPINGS = List.of("programme", "donor", "window", "strategy", "region", "country", "year");
    static final List<String> STATES = List.of("upcoming", "overdue", "paid");
    /** Dimensions whose keys are the services' enum values, shown as words. */
    private static final List<String> ENUM_GROUPINGS = List.of("window", "strategy", "region");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index();

        static native TemplateInstance portfolio(Portfolio report, List<Option> groupings, String grouping,
                Page<PortfolioLine> page, String base, List<BarChart> charts);

        static native TemplateInstance pipeline(Pipeline report, List<Option> programmes, BarChart chart);

        static native TemplateInstance disbursements(Disbursements report, List<Option> states, String state, String base,
                BarChart chart);

        static native TemplateInstance socialPerformance(SocialPerformance report, List<Option> regions, String year,
                FieldErrors errors, Page<SocialPerformance.AssociationRow> page, String base, BarChart chart);

        static native TemplateInstance grants(Page<Grant> page, Map<UUID, String> programmes);

        static native TemplateInstance timeline(Timeline timeline, Page<EventLine> events, String base, BarChart chart);
    }

    @Inject
    @RestClient
    ReportsApi reports;

    @Inject
    @RestClient
    GrantsApi grants;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    Language language;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance index() {
        return Templates.index();
    }

    @GET
    @Path("portfolio")
    public TemplateInstance portfolio(@QueryParam("groupBy") @DefaultValue("programme") String groupBy,
            @QueryParam("page") @DefaultValue("0") int page) {
        String grouping = GROUPINGS.contains(groupBy) ? groupBy : GROUPINGS.get(0);
        ReportMessages m = messages();
        String groupingWords = grouping(grouping, m);
        Portfolio report = reports.portfolio(grouping);
        List<PortfolioLine> lines = report.rows().stream().map(r -> new PortfolioLine(group(grouping, r, m), r)).toList();
        Page<PortfolioLine> shown = Slices.page(lines, page, PAGE_SIZE);
        List<Option> groupings = GROUPINGS.stream().map(g -> new Option(g, grouping(g, m), g.equals(grouping))).toList();
        return Templates.portfolio(report, groupings, groupingWords, shown, "/reports/portfolio?groupBy=" + grouping + "&",
                new ReportCharts(m, language.locale()).portfolio(shown.items(), groupingWords));
    }

    @GET
    @Path("pipeline")
    public TemplateInstance pipeline(@QueryParam("programmeId") String programmeId) {
        UUID programme = FormValues.idOrNull(programmeId);
        Pipeline report = reports.pipeline(programme);
        // the programmes the user may see, as the service scopes them, with the name the portfolio gives them
        List<Option> choices = reports.portfolio("programme").rows().stream().filter(r -> r.key() != null)
                .map(r -> new Option(r.key(), r.label(), r.key().equals(programmeId))).distinct().toList();
        return Templates.pipeline(report, choices,
                new ReportCharts(messages(), language.locale()).pipeline(report.statuses()));
    }

    @GET
    @Path("disbursements")
    public TemplateInstance disbursements(@QueryParam("state") @DefaultValue("upcoming") String state,
            @QueryParam("page") @DefaultValue("0") int page) {
        String shown = STATES.contains(state) ? state : STATES.get(0);
        ReportMessages m = messages();
        CompletionStage<Disbursements> list = reports.disbursements(shown, Math.max(page, 0), PAGE_SIZE);
        Map<String, CompletionStage<Disbursements>> counts = new LinkedHashMap<>();
        STATES.forEach(s -> counts.put(s, reports.disbursements(s, 0, 1)));
        Map<String, Long> totals = new LinkedHashMap<>();
        counts.forEach((s, answer) -> totals.put(s, Answers.join(answer).total()));
        Map<String, String> words = Map.of("upcoming", m.state_upcoming(), "overdue", m.state_overdue(),
                "paid", m.state_paid());
        List<Option> states = STATES.stream().map(s -> new Option(s, words.get(s), s.equals(shown))).toList();
        return Templates.disbursements(Answers.join(list), states, words.get(shown),
                "/reports/disbursements?state=" + shown + "&", new ReportCharts(m, language.locale()).disbursements(totals, words));
    }

    @GET
    @Path("social-performance")
    public Response socialPerformance(@QueryParam("region") String region, @QueryParam("year") String year,
            @QueryParam("page") @DefaultValue("0") int page) {
        String chosenRegion = region == null || region.isBlank() ? null : region;
        String chosenYear = year == null || year.isBlank() ? null : year.trim();
        List<Option> regions = new ArrayList<>();
        for (Region r : Region.values()) {
            regions.add(new Option(r.name(), Formats.words(r, Language.current()), r.name().equals(chosenRegion)));
        }
        String base = "/reports/social-performance?region=" + encode(chosenRegion) + "&year=" + encode(chosenYear) + "&";
        SocialPerformance report;
        try {
            report = reports.socialPerformance(chosenRegion, chosenYear);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            return Response.status(refused.status()).entity(Templates.socialPerformance(null, regions, chosenYear,
                    FieldErrors.of(refused.problem(), List.of("region", "year")), Slices.page(List.of(), 0, PAGE_SIZE),
                    base, null)).build();
        }
        return Response.ok(Templates.socialPerformance(report, regions, chosenYear, FieldErrors.none(),
                Slices.page(report.associations(), page, PAGE_SIZE), base,
                new ReportCharts(messages(), language.locale()).socialPerformance(report.regions()))).build();
    }

    /**
     * The grants whose timelines the user may open: grants-service scopes its list as reporting-service scopes the
     * timelines (donors their programmes', program managers and admins all), except that it lists an applicant's
     * own grants too, whose timelines reporting-service refuses; so an applicant is refused the list as well.
     */
    @GET
    @Path("grants")
    public TemplateInstance grantList(@QueryParam("page") @DefaultValue("0") int page) {
        if (!user.isDonor() && !user.isProgramManager() && !user.isAdmin()) {
            throw new ServiceProblem(new Problem(null, "Forbidden", 403, null, null));
        }
        Page<Grant> found = grants.list(null, Math.max(page, 0), PAGE_SIZE);
        Map<UUID, String> names = new HashMap<>();
        programmes.byId(found.items().stream().map(Grant::programmeId).toList())
                .forEach((id, programme) -> names.put(id, programme.name()));
        return Templates.grants(found, names);
    }

    @GET
    @Path("grants/{id}")
    public TemplateInstance timeline(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page) {
        Timeline timeline = reports.timeline(id);
        ReportMessages m = messages();
        List<EventLine> lines = timeline.events().stream().map(e -> new EventLine(e, what(e.type(), m),
                EventTypes.REVIEW_COMPLETED.equals(e.type()) ? Formats.words(e.note(), Language.current()) : e.note())).toList();
        return Templates.timeline(timeline, Slices.page(lines, page, EVENTS_PAGE_SIZE), "/reports/grants/" + id + "?",
                new ReportCharts(m, language.locale()).grant(timeline));
    }

    /**
     * An export streamed from reporting-service with the user's token (the browser holds none), as a download:
     * the body passes through in chunks, never held whole. A refusal becomes the usual error page.
     */
    @GET
    @Path("exports/{file}")
    public Response export(@PathParam("file") String file) {
        Export export = Export.named(file).orElseThrow(() -> notFound("no such export"));
        Response answer = reports.export(export.file());
        StreamingOutput body = out -> {
            try (answer; InputStream in = answer.readEntity(InputStream.class)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, answer.getMediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.file() + "\"").build();
    }

    private ReportMessages messages() {
        return language.texts(ReportMessages.class);
    }

    private static String group(String grouping, Portfolio.Row row, ReportMessages m) {
        if (row.key() == null) {
            return m.group_not_known_yet();
        }
        String label = Objects.requireNonNullElse(row.label(), row.key());
        return ENUM_GROUPINGS.contains(grouping) ? Formats.words(label, Language.current()) : label;
    }

    private static String grouping(String grouping, ReportMessages m) {
        return switch (grouping) {
            case "donor" -> m.group_donor();
            case "window" -> m.group_window();
            case "strategy" -> m.group_strategy();
            case "region" -> m.group_region();
            case "country" -> m.group_country();
            case "year" -> m.group_year();
            default -> m.group_programme();
        };
    }

    /** An event of the timeline in words. */
    private static String what(String type, ReportMessages m) {
        return switch (type) {
            case EventTypes.APPLICATION_SUBMITTED -> m.event_submitted();
            case EventTypes.APPLICATION_SCREENED -> m.event_screened();
            case EventTypes.APPLICATION_WITHDRAWN -> m.event_withdrawn();
            case EventTypes.REVIEW_COMPLETED -> m.event_reviewed();
            case EventTypes.APPLICATION_DECIDED -> m.event_decided();
            case EventTypes.TRANCHE_SCHEDULED -> m.event_tranche_scheduled();
            case EventTypes.MILESTONE_REPORTED -> m.event_milestone_reported();
            case EventTypes.MILESTONE_REVIEWED -> m.event_milestone_reviewed();
            case EventTypes.DISBURSEMENT_REQUESTED -> m.event_disbursement_requested();
            case EventTypes.DISBURSEMENT_APPROVED -> m.event_disbursement_approved();
            case EventTypes.DISBURSEMENT_PAID -> m.event_disbursement_paid();
            case EventTypes.GRANT_COMPLETED -> m.event_grant_completed();
            default -> type;
        };
    }

    /** A programme id from the query; anything else is no programme, as the select offers none other. */
    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static ServiceProblem notFound(String detail) {
        return new ServiceProblem(new Problem(null, "Not Found", 404, detail, null));
    }
}
