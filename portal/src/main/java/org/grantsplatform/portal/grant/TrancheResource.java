package org.grantsplatform.portal.grant;

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
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.application.Application;
import org.grantsplatform.portal.application.ApplicationsApi;
import org.grantsplatform.portal.association.AssociationNames;
import org.grantsplatform.portal.programmanager.ProgramManagerMessages;
import org.grantsplatform.portal.programmanager.ProgramManagerTexts;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.programme.ProgrammesApi;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.FieldErrors;
import org.grantsplatform.portal.web.FormValues;
import org.grantsplatform.portal.web.Formats;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The program manager's grants: the lists of grants with tranche work waiting, a grant with its schedule (the
 * award, what is scheduled and what remains), and each tranche's work: schedule, change or cancel it while it is
 * planned, review its milestone report, request its disbursement and record its payment, the last two behind a
 * confirmation and with an idempotency key, so that a form sent twice moves the money once.
 */
@Path("/manage/grants")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ CurrentUser.PROGRAM_MANAGER, CurrentUser.ADMIN })
public class TrancheResource {

    static final int PAGE_SIZE = 20;
    /** The lists of grants, by the {@code show} value of their links: the grants-service filter each one is. */
    static final Map<String, Filter> SHOWN = Map.of(
            "reports", new Filter(null, "SUBMITTED"),
            "to-request", new Filter("PLANNED", null),
            "approval", new Filter("REQUESTED", null),
            "to-pay", new Filter("APPROVED", null));
    static final List<String> TRANCHE_FIELDS = List.of("amount", "dueDate", "milestone");
    static final List<String> PAYMENT_FIELDS = List.of("paidOn", "reference");
    static final List<String> REVIEW_FIELDS = List.of("accepted", "note");

    /** A list's filter on the grants' tranches (grants-service's {@code trancheStatus}, {@code milestoneReportStatus}). */
    record Filter(String trancheStatus, String reportStatus) {
        static final Filter NONE = new Filter(null, null);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance grants(Page<Grant> page, List<ScheduleRow> rows, String show);

        static native TemplateInstance grant(Schedule schedule, Programme programme, String association,
                Map<String, String> values, FieldErrors errors, String notice);

        static native TemplateInstance edit(Schedule schedule, Grant.Tranche tranche, Map<String, String> values,
                FieldErrors errors);

        static native TemplateInstance cancel(Schedule schedule, Grant.Tranche tranche, FieldErrors errors);

        static native TemplateInstance request(Schedule schedule, Grant.Tranche tranche, String idempotencyKey,
                FieldErrors errors);

        static native TemplateInstance payment(Schedule schedule, Grant.Tranche tranche, String idempotencyKey,
                Map<String, String> values, FieldErrors errors);

        static native TemplateInstance review(Schedule schedule, Grant.Tranche tranche, Application application,
                Map<String, String> values, FieldErrors errors);
    }

    @Inject
    @RestClient
    GrantsApi grants;

    @Inject
    @RestClient
    TranchesApi tranches;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    @RestClient
    ApplicationsApi applications;

    @Inject
    AssociationNames names;

    @Inject
    ProgramManagerTexts texts;

    /** Every grant, or with {@code show} those with a report to review, a tranche to request, to approve or to pay. */
    @GET
    public TemplateInstance list(@QueryParam("show") String show, @QueryParam("page") @DefaultValue("0") int page) {
        Filter filter = show == null ? Filter.NONE : SHOWN.getOrDefault(show, Filter.NONE);
        Page<Grant> found = tranches.list(filter.trancheStatus(), filter.reportStatus(), Math.max(page, 0), PAGE_SIZE);
        names.of(found.items().stream().map(Grant::associationId).toList());
        Map<UUID, Programme> byId = programmes.byId(found.items().stream().map(Grant::programmeId).toList());
        List<ScheduleRow> rows = new ArrayList<>();
        for (Grant g : found.items()) {
            rows.add(new ScheduleRow(new Schedule(g), byId.get(g.programmeId()),
                    names.label(g.associationId())));
        }
        return Templates.grants(found, rows, filter == Filter.NONE ? "all" : show);
    }

    @GET
    @Path("{id}")
    public TemplateInstance grant(@PathParam("id") UUID id, @QueryParam("done") String done) {
        ProgramManagerMessages pm = texts.get();
        String notice = switch (done == null ? "" : done) {
            case "scheduled" -> pm.done_scheduled();
            case "rescheduled" -> pm.done_rescheduled();
            case "cancelled" -> pm.done_cancelled();
            case "requested" -> pm.done_requested();
            case "paid" -> pm.done_paid();
            case "accepted" -> pm.done_accepted();
            case "returned" -> pm.done_returned();
            default -> null;
        };
        return grantPage(grants.get(id), Map.of(), FieldErrors.none(), notice);
    }

    @POST
    @Path("{id}/tranches")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        try {
            tranches.schedule(id, tranche(form));
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Grant grant = grants.get(id);
            return Response.status(refused.status()).entity(grantPage(grant, FormValues.firstValues(form),
                    trancheRefusal(refused, new Schedule(grant).remaining(), grant.currency()), null)).build();
        }
        return done(id, "scheduled");
    }

    @GET
    @Path("{id}/tranches/{trancheId}/edit")
    public TemplateInstance editForm(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        Grant grant = grants.get(id);
        Grant.Tranche tranche = tranche(grant, trancheId);
        Map<String, String> values = new HashMap<>();
        values.put("amount", tranche.amount().toPlainString());
        values.put("dueDate", tranche.dueDate() == null ? "" : tranche.dueDate().toString());
        values.put("milestone", tranche.milestone() == null ? "" : tranche.milestone());
        values.put("version", Long.toString(tranche.version()));
        return Templates.edit(new Schedule(grant), tranche, values, FieldErrors.none());
    }

    @POST
    @Path("{id}/tranches/{trancheId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            MultivaluedMap<String, String> form) {
        Map<String, Object> body = tranche(form);
        body.put("version", FormValues.integerOrText(form.getFirst("version")));
        try {
            tranches.reschedule(id, trancheId, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Grant grant = grants.get(id);
            Grant.Tranche tranche = tranche(grant, trancheId);
            Schedule schedule = new Schedule(grant);
            return Response.status(refused.status()).entity(Templates.edit(schedule, tranche,
                    FormValues.firstValues(form), trancheRefusal(refused, schedule.mostFor(tranche), grant.currency())))
                    .build();
        }
        return done(id, "rescheduled");
    }

    @GET
    @Path("{id}/tranches/{trancheId}/cancel")
    public TemplateInstance cancellation(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        Grant grant = grants.get(id);
        return Templates.cancel(new Schedule(grant), tranche(grant, trancheId), FieldErrors.none());
    }

    @POST
    @Path("{id}/tranches/{trancheId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        try {
            tranches.cancel(id, trancheId);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Grant grant = grants.get(id);
            return Response.status(refused.status()).entity(Templates.cancel(new Schedule(grant),
                    tranche(grant, trancheId), FieldErrors.of(refused.problem(), List.of()))).build();
        }
        return done(id, "cancelled");
    }

    /** The confirmation, with the key that makes sending it twice ask once. */
    @GET
    @Path("{id}/tranches/{trancheId}/request")
    public TemplateInstance requestForm(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        Grant grant = grants.get(id);
        return Templates.request(new Schedule(grant), tranche(grant, trancheId), UUID.randomUUID().toString(),
                FieldErrors.none());
    }

    @POST
    @Path("{id}/tranches/{trancheId}/request")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            MultivaluedMap<String, String> form) {
        String key = FormValues.blankToNull(form.getFirst("idempotencyKey"));
        try {
            tranches.requestDisbursement(id, trancheId, key);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Grant grant = grants.get(id);
            return Response.status(refused.status()).entity(Templates.request(new Schedule(grant),
                    tranche(grant, trancheId), key, texts.refusal(refused, List.of(), Map.of(),
                            Map.of("milestone-accepted", texts.get().request_needs_report())))).build();
        }
        return done(id, "requested");
    }

    @GET
    @Path("{id}/tranches/{trancheId}/payment")
    public TemplateInstance paymentForm(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        Grant grant = grants.get(id);
        return Templates.payment(new Schedule(grant), tranche(grant, trancheId), UUID.randomUUID().toString(),
                Map.of("paidOn", LocalDate.now(ZoneOffset.UTC).toString()), FieldErrors.none());
    }

    @POST
    @Path("{id}/tranches/{trancheId}/payment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            MultivaluedMap<String, String> form) {
        String key = FormValues.blankToNull(form.getFirst("idempotencyKey"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("paidOn", FormValues.blankToNull(form.getFirst("paidOn")));
        body.put("reference", FormValues.blankToNull(form.getFirst("reference")));
        try {
            tranches.pay(id, trancheId, key, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Grant grant = grants.get(id);
            ProgramManagerMessages pm = texts.get();
            return Response.status(refused.status()).entity(Templates.payment(new Schedule(grant),
                    tranche(grant, trancheId), key, FormValues.firstValues(form), texts.refusal(refused, PAYMENT_FIELDS,
                            Map.of("paidOn", pm.paid_on_required(), "reference", pm.reference_required())))).build();
        }
        return done(id, "paid");
    }

    @GET
    @Path("{id}/tranches/{trancheId}/review")
    public TemplateInstance reviewForm(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId) {
        Grant grant = grants.get(id);
        return Templates.review(new Schedule(grant), tranche(grant, trancheId), applications.get(grant.applicationId()),
                Map.of(), FieldErrors.none());
    }

    @POST
    @Path("{id}/tranches/{trancheId}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") UUID id, @PathParam("trancheId") UUID trancheId,
            MultivaluedMap<String, String> form) {
        String accepted = form.getFirst("accepted");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", "true".equals(accepted) ? Boolean.TRUE : "false".equals(accepted) ? Boolean.FALSE : null);
        body.put("note", FormValues.blankToNull(form.getFirst("note")));
        try {
            tranches.reviewReport(id, trancheId, body);
        } catch (ServiceProblem refused) {
            if (!refused.concernsTheForm()) {
                throw refused;
            }
            Grant grant = grants.get(id);
            ProgramManagerMessages pm = texts.get();
            return Response.status(refused.status()).entity(Templates.review(new Schedule(grant),
                    tranche(grant, trancheId), applications.get(grant.applicationId()), FormValues.firstValues(form),
                    texts.refusal(refused, REVIEW_FIELDS,
                            Map.of("accepted", pm.review_choose(), "note", pm.review_note_required())))).build();
        }
        return done(id, Boolean.TRUE.equals(body.get("accepted")) ? "accepted" : "returned");
    }

    private TemplateInstance grantPage(Grant grant, Map<String, String> values, FieldErrors errors, String notice) {
        return Templates.grant(new Schedule(grant), programmes.get(grant.programmeId()),
                names.label(grant.associationId()), values, errors, notice);
    }

    /**
     * The refusal of a tranche's amount, date or milestone; an amount over the award says how much is left, a due
     * date out of the grant's period which dates are taken.
     */
    private FieldErrors trancheRefusal(ServiceProblem refused, BigDecimal most, String currency) {
        ProgramManagerMessages pm = texts.get();
        return texts.refusal(refused, TRANCHE_FIELDS,
                Map.of("amount", pm.amount_required(), "dueDate", pm.due_date_required(),
                        "milestone", pm.milestone_required()),
                Map.of("tranches-within-award", pm.amount_over_award(Formats.money(most, currency, null)),
                        "due-date-within-grant-period", pm.due_date_out_of_range()));
    }

    /** grants-service's TrancheRequest: the amount as a JSON number (or as typed, for the service to name). */
    private static Map<String, Object> tranche(MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", FormValues.decimalOrText(form.getFirst("amount")));
        body.put("dueDate", FormValues.blankToNull(form.getFirst("dueDate")));
        body.put("milestone", FormValues.blankToNull(form.getFirst("milestone")));
        return body;
    }

    private static Response done(UUID grantId, String what) {
        return Response.seeOther(URI.create("/manage/grants/" + grantId + "?done=" + what)).build();
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
