package org.grantsplatform.reporting.exports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.reporting.readmodel.ReadModelSchemas;
import org.grantsplatform.reporting.readmodel.Sql;
import org.grantsplatform.reporting.readmodel.Viewer;

/**
 * Pages through the awarded grants a viewer may see, in award order, one short transaction per
 * page (keyset on award time and id), so an export of any size holds one page in memory. A grant
 * is exported once its programme and association are known.
 */
@ApplicationScoped
public class ExportQuery {

    static final int PAGE_SIZE = 200;

    private static final String FROM = "from grant_award g "
            + "join programme p on p.programme_id = g.programme_id "
            + "join association s on s.association_id = g.association_id "
            + "left join application a on a.application_id = g.application_id ";

    private final Sql sql;
    private final ReadModelSchemas schemas;

    @Inject
    public ExportQuery(Sql sql, ReadModelSchemas schemas) {
        this.sql = sql;
        this.schemas = schemas;
    }

    /** Hands every grant to {@code sink}, page by page. */
    public void forEach(Viewer viewer, Consumer<ExportedGrant> sink) {
        Instant afterAt = null;
        UUID afterId = null;
        while (true) {
            Instant at = afterAt;
            UUID id = afterId;
            List<ExportedGrant> page = QuarkusTransaction.requiringNew().call(() -> page(viewer, at, id));
            page.forEach(sink);
            if (page.size() < PAGE_SIZE) {
                return;
            }
            ExportedGrant last = page.get(page.size() - 1);
            afterAt = last.awardedAt();
            afterId = last.grantId();
        }
    }

    private List<ExportedGrant> page(Viewer viewer, Instant afterAt, UUID afterId) {
        schemas.useActive();
        List<Object> args = new ArrayList<>(List.of(viewer.programmeArguments()));
        String where = "where " + viewer.programmeCondition();
        if (afterAt != null) {
            where += " and (g.awarded_at, g.grant_id) > (?, ?)";
            args.add(afterAt);
            args.add(afterId);
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(PAGE_SIZE);
        List<ExportedGrant> grants = sql.query("select g.*, a.summary, a.requested_amount, a.duration_months, "
                + "a.funding_window, a.strategies, p.name as programme_name, p.donor_name, p.owner_subject, "
                + "s.name as association_name, s.country, s.region, "
                + "(select max(t.occurred_at) from grant_timeline t where t.application_id = g.application_id "
                + "and t.type = '" + EventTypes.GRANT_COMPLETED + "') as completed_at " + FROM + where
                + " order by g.awarded_at, g.grant_id limit ?",
                rs -> new ExportedGrant(Sql.uuid(rs, "grant_id"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("currency"), Sql.money(rs, "requested_amount"), Sql.money(rs, "awarded"),
                        Sql.money(rs, "disbursed"), rs.getString("status"), Sql.instant(rs, "awarded_at"),
                        Sql.integer(rs, "duration_months"), rs.getString("funding_window"),
                        rs.getString("strategies"), Sql.uuid(rs, "programme_id"), rs.getString("programme_name"),
                        rs.getString("donor_name"), rs.getString("owner_subject"), Sql.uuid(rs, "association_id"),
                        rs.getString("association_name"), rs.getString("country"), rs.getString("region"),
                        Sql.instant(rs, "completed_at"), List.of()),
                pageArgs.toArray());
        if (grants.isEmpty()) {
            return grants;
        }
        ExportedGrant last = grants.get(grants.size() - 1);
        List<Object> paymentArgs = new ArrayList<>(args);
        paymentArgs.add(last.awardedAt());
        paymentArgs.add(last.grantId());
        Map<UUID, List<ExportedGrant.Payment>> payments = sql.query("select t.grant_id, t.tranche_id, t.sequence, "
                + "t.amount, t.paid_on " + FROM + "join tranche t on t.grant_id = g.grant_id " + where
                + " and (g.awarded_at, g.grant_id) <= (?, ?) and t.status = 'PAID' and t.paid_on is not null "
                + "order by t.sequence",
                rs -> Map.entry(Sql.uuid(rs, "grant_id"), new ExportedGrant.Payment(Sql.uuid(rs, "tranche_id"),
                        rs.getInt("sequence"), Sql.money(rs, "amount"), Sql.date(rs, "paid_on"))),
                paymentArgs.toArray()).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return grants.stream().map(g -> g.withPayments(payments.getOrDefault(g.grantId(), List.of()))).toList();
    }
}
