package org.grantsplatform.reporting.disbursements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grantsplatform.reporting.readmodel.ReadModelSchemas;
import org.grantsplatform.reporting.readmodel.ReadModels;
import org.grantsplatform.reporting.readmodel.Sql;
import org.grantsplatform.reporting.readmodel.Viewer;
import org.grantsplatform.runtime.api.PageRequest;

@ApplicationScoped
public class DisbursementService {

    private final Sql sql;
    private final ReadModelSchemas schemas;
    private final ReadModels readModels;

    @Inject
    public DisbursementService(Sql sql, ReadModelSchemas schemas, ReadModels readModels) {
        this.sql = sql;
        this.schemas = schemas;
        this.readModels = readModels;
    }

    /** Tranches in the given state, or all of them when {@code state} is null. */
    @Transactional
    public DisbursementReport report(String state, PageRequest page, Viewer viewer) {
        DisbursementState parsed = state == null ? null : DisbursementState.parse(state);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        schemas.useActive();
        List<Object> args = new ArrayList<>(List.of(viewer.programmeArguments()));
        String where = "where " + viewer.programmeCondition();
        if (parsed != null) {
            where += " and " + parsed.condition;
            if (parsed.condition.contains("?")) {
                args.add(today);
            }
        }
        String from = "from tranche t join grant_award g on g.grant_id = t.grant_id "
                + "left join programme p on p.programme_id = g.programme_id "
                + "left join association s on s.association_id = g.association_id ";
        long total = sql.query("select count(*) " + from + where, rs -> rs.getLong(1), args.toArray()).get(0);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size);
        pageArgs.add((long) page.page * page.size);
        List<DisbursementReport.Tranche> items = sql.query("select t.tranche_id, t.sequence, t.grant_id, g.title, "
                + "g.programme_id, g.association_id, s.name as association_name, t.amount, g.currency, t.due_date, "
                + "t.status, t.paid_on " + from + where
                + " order by t.due_date nulls last, t.grant_id, t.sequence limit ? offset ?",
                rs -> {
                    LocalDate due = Sql.date(rs, "due_date");
                    LocalDate paidOn = Sql.date(rs, "paid_on");
                    return new DisbursementReport.Tranche(Sql.uuid(rs, "tranche_id"), rs.getInt("sequence"),
                            Sql.uuid(rs, "grant_id"), rs.getString("title"), Sql.uuid(rs, "programme_id"),
                            Sql.uuid(rs, "association_id"), rs.getString("association_name"),
                            Sql.money(rs, "amount"), rs.getString("currency"), due, rs.getString("status"), paidOn,
                            daysLate(due, paidOn == null ? today : paidOn));
                }, pageArgs.toArray());
        return new DisbursementReport(parsed == null ? null : parsed.name().toLowerCase(Locale.ROOT), items,
                page.page, page.size, total, readModels.freshness());
    }

    private static long daysLate(LocalDate due, LocalDate reference) {
        return due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, reference));
    }
}
