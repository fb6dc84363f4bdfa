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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.grantsplatform.portal.application.HistoryEntry;
import org.grantsplatform.portal.association.AssociationNames;
import org.grantsplatform.portal.programme.DonorMessages;
import org.grantsplatform.portal.programme.Programme;
import org.grantsplatform.portal.programme.ProgrammesApi;
import org.grantsplatform.portal.web.Answers;
import org.grantsplatform.portal.web.CurrentUser;
import org.grantsplatform.portal.web.Language;
import org.grantsplatform.portal.web.Page;
import org.grantsplatform.portal.web.Problem;
import org.grantsplatform.portal.web.ServiceProblem;

/**
 * The disbursements waiting for the donor's approval (tranches a program manager requested on the donor's
 * grants) and approving one behind a page that says what it means. grants-service refuses the approval of
 * whoever requested the disbursement (four eyes: a 403); the page says so in a sentence.
 */
@Path("/disbursements")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(CurrentUser.DONOR)
public class DisbursementResource {

    static final int PAGE_SIZE = 20;
    /** A grant's history: far more entries than its life has. */
    static final int HISTORY_SIZE = 100;
    static final String REQUESTED = "REQUESTED";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disbursements(Page<Grant> page, List<Disbursement> rows, Disbursement approved);

        static native TemplateInstance approve(Disbursement disbursement, String refusal);
    }

    @Inject
    @RestClient
    GrantsApi grants;

    @Inject
    @RestClient
    ProgrammesApi programmes;

    @Inject
    AssociationNames associations;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    /** Each requested tranche of a page of the donor's grants that have one; {@code ?approved=} words the notice. */
    @GET
    public TemplateInstance list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("approved") UUID approvedGrant, @QueryParam("tranche") UUID approvedTranche) {
        Page<Grant> found = grants.withTranches(REQUESTED, Math.max(page, 0), PAGE_SIZE);
        List<Pick> requested = new ArrayList<>();
        for (Grant grant : found.items()) {
            grant.tranches().stream().filter(t -> REQUESTED.equals(t.status()))
                    .forEach(t -> requested.add(new Pick(grant, t)));
        }
        Disbursement approved = null;
        if (approvedGrant != null && approvedTranche != null) {
            Grant grant = grants.get(approvedGrant);
            Grant.Tranche tranche = grant.tranche(approvedTranche);
            approved = tranche == null ? null : described(List.of(new Pick(grant, tranche))).get(0);
        }
        return Templates.disbursements(found, described(requested), approved);
    }

    @GET
    @Path("{grantId}/{trancheId}")
    public TemplateInstance approval(@PathParam("grantId") UUID grantId, @PathParam("trancheId") UUID trancheId) {
        return Templates.approve(disbursement(grantId, trancheId), null);
    }

    @POST
    @Path("{grantId}/{trancheId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("grantId") UUID grantId, @PathParam("trancheId") UUID trancheId) {
        Disbursement asked = disbursement(grantId, trancheId);
        try {
            grants.approve(grantId, trancheId);
        } catch (ServiceProblem refused) {
            if (refused.status() != 403 && refused.status() != 409) {
                throw refused;
            }
            Disbursement now = disbursement(grantId, trancheId);
            DonorMessages texts = language.texts(DonorMessages.class);
            String refusal;
            if (refused.status() == 409) {
                refusal = texts.approval_too_late(texts.tranche_status(now.tranche().status()));
            } else if (asked.requestedByMe()) {
                refusal = texts.four_eyes();
            } else {
                refusal = texts.approval_not_yours();
            }
            return Response.status(refused.status()).entity(Templates.approve(now, refusal)).build();
        }
        return Response.seeOther(URI.create("/disbursements?approved=" + grantId + "&tranche=" + trancheId)).build();
    }

    /** One tranche of one of the donor's grants, described; an unknown tranche is not found. */
    private Disbursement disbursement(UUID grantId, UUID trancheId) {
        Grant grant = grants.get(grantId);
        Grant.Tranche tranche = grant.tranche(trancheId);
        if (tranche == null) {
            throw new ServiceProblem(new Problem(null, "Not Found", 404, null, null));
        }
        return described(List.of(new Pick(grant, tranche))).get(0);
    }

    /** A tranche of a grant, before it is described. */
    private record Pick(Grant grant, Grant.Tranche tranche) {
    }

    /**
     * The rows with their programme and association names and who requested each disbursement: the requester's
     * user name from the grant's history (grants-service records who moved the tranche to REQUESTED).
     */
    private List<Disbursement> described(List<Pick> rows) {
        Map<UUID, CompletionStage<Page<HistoryEntry>>> histories = new HashMap<>();
        rows.forEach(r -> histories.computeIfAbsent(r.grant().id(), id -> grants.historyOf(id, 0, HISTORY_SIZE)));
        Map<UUID, String> names = associations.of(rows.stream().map(r -> r.grant().associationId()).toList());
        Map<UUID, Programme> byId = programmes.byId(rows.stream().map(r -> r.grant().programmeId()).toList());
        List<Disbursement> described = new ArrayList<>();
        for (Pick r : rows) {
            Programme programme = byId.get(r.grant().programmeId());
            List<HistoryEntry> history = Answers.join(histories.get(r.grant().id())).items();
            String requester = history.stream()
                    .filter(e -> r.tranche().id().equals(e.trancheId()) && REQUESTED.equals(e.toStatus()))
                    .map(HistoryEntry::actorName).filter(n -> n != null && !n.isBlank())
                    .reduce((first, later) -> later).orElse(null);
            described.add(new Disbursement(r.grant(), r.tranche(), programme.name(), names.get(r.grant().associationId()),
                    requester, user.subject().equals(r.tranche().requestedBy())));
        }
        return described;
    }
}
