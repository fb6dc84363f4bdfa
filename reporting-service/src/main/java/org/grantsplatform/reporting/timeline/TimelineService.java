package org.grantsplatform.reporting.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.reporting.readmodel.ReadModelSchemas;
import org.grantsplatform.reporting.readmodel.ReadModels;
import org.grantsplatform.reporting.readmodel.Sql;
import org.grantsplatform.reporting.readmodel.Viewer;
import org.grantsplatform.runtime.problem.ProblemException;

@ApplicationScoped
public class TimelineService {

    private final Sql sql;
    private final ReadModelSchemas schemas;
    private final ReadModels readModels;

    @Inject
    public TimelineService(Sql sql, ReadModelSchemas schemas, ReadModels readModels) {
        this.sql = sql;
        this.schemas = schemas;
        this.readModels = readModels;
    }

    /** 404 for an unknown grant and for a donor's view of another donor's grant. */
    @Transactional
    public GrantTimeline timeline(UUID grantId, Viewer viewer) {
        schemas.useActive();
        List<Object> args = new ArrayList<>(List.of(grantId));
        args.addAll(List.of(viewer.programmeArguments()));
        List<GrantTimeline> found = sql.query("select g.*, p.name as programme_name, s.name as association_name "
                + "from grant_award g left join programme p on p.programme_id = g.programme_id "
                + "left join association s on s.association_id = g.association_id "
                + "where g.grant_id = ? and " + viewer.programmeCondition(),
                rs -> {
                    BigDecimal awarded = Sql.money(rs, "awarded");
                    BigDecimal disbursed = Sql.money(rs, "disbursed");
                    return new GrantTimeline(grantId, Sql.uuid(rs, "application_id"), rs.getString("title"),
                            Sql.uuid(rs, "programme_id"), rs.getString("programme_name"),
                            Sql.uuid(rs, "association_id"), rs.getString("association_name"),
                            rs.getString("currency"), awarded, disbursed, awarded.subtract(disbursed),
                            rs.getString("status"), Sql.instant(rs, "awarded_at"), List.of(), List.of(), null);
                }, args.toArray());
        if (found.isEmpty()) {
            throw ProblemException.notFound("grant", grantId);
        }
        GrantTimeline g = found.get(0);
        List<GrantTimeline.Tranche> tranches = sql.query("select * from tranche where grant_id = ? order by sequence",
                rs -> new GrantTimeline.Tranche(Sql.uuid(rs, "tranche_id"), rs.getInt("sequence"),
                        Sql.money(rs, "amount"), Sql.date(rs, "due_date"), rs.getString("milestone"),
                        rs.getString("status"), Sql.date(rs, "paid_on")),
                grantId);
        List<GrantTimeline.Entry> events = sql.query("select * from grant_timeline where application_id = ? "
                + "order by occurred_at, event_id",
                rs -> new GrantTimeline.Entry(rs.getString("event_id"), rs.getString("type"),
                        Sql.instant(rs, "occurred_at"), rs.getString("status"), Sql.uuid(rs, "tranche_id"),
                        Sql.money(rs, "amount"), rs.getString("note")),
                g.applicationId());
        return new GrantTimeline(g.grantId(), g.applicationId(), g.title(), g.programmeId(), g.programmeName(),
                g.associationId(), g.associationName(), g.currency(), g.awarded(), g.disbursed(), g.outstanding(),
                g.status(), g.awardedAt(), tranches, events, readModels.freshness());
    }
}
