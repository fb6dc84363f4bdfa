package org.grantsplatform.reporting.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grantsplatform.reporting.readmodel.ReadModelSchemas;
import org.grantsplatform.reporting.readmodel.ReadModels;
import org.grantsplatform.reporting.readmodel.Sql;
import org.grantsplatform.reporting.readmodel.Viewer;
import org.grantsplatform.runtime.problem.ProblemException;

@ApplicationScoped
public class PipelineService {

    /** Every status an application can have once submitted, in the order of the cycle. */
    private static final List<String> STATUSES = List.of("SUBMITTED", "UNDER_REVIEW", "INELIGIBLE", "WITHDRAWN",
            "AWARDED", "REJECTED");

    private final Sql sql;
    private final ReadModelSchemas schemas;
    private final ReadModels readModels;

    @Inject
    public PipelineService(Sql sql, ReadModelSchemas schemas, ReadModels readModels) {
        this.sql = sql;
        this.schemas = schemas;
        this.readModels = readModels;
    }

    @Transactional
    public PipelineReport report(UUID programmeId, Viewer viewer) {
        schemas.useActive();
        List<Object> args = new ArrayList<>(List.of(viewer.programmeArguments()));
        // drafts withdrawn before submission never entered the pipeline
        String where = "where " + viewer.programmeCondition()
                + " and (a.submitted_at is not null or a.status <> 'WITHDRAWN')";
        if (programmeId != null) {
            List<Object> visible = new ArrayList<>(args);
            visible.add(programmeId);
            if (sql.query("select 1 from programme p where " + viewer.programmeCondition()
                    + " and p.programme_id = ?", rs -> 1,
                    visible.toArray()).isEmpty()) {
                throw ProblemException.notFound("programme", programmeId);
            }
            where += " and a.programme_id = ?";
            args.add(programmeId);
        }
        String from = "from application a left join programme p on p.programme_id = a.programme_id ";
        Map<String, Long> statuses = new LinkedHashMap<>();
        STATUSES.forEach(s -> statuses.put(s, 0L));
        sql.query("select a.status, count(*) as n " + from + where + " group by a.status order by a.status",
                rs -> statuses.put(rs.getString("status"), rs.getLong("n")), args.toArray());
        long awarded = statuses.get("AWARDED");
        long decided = awarded + statuses.get("REJECTED");
        BigDecimal[] days = sql.query("select "
                + "percentile_cont(0.5) within group (order by extract(epoch from a.decided_at - a.submitted_at)) as median, "
                + "percentile_cont(0.9) within group (order by extract(epoch from a.decided_at - a.submitted_at)) as p90 "
                + from + where + " and a.status in ('AWARDED', 'REJECTED') "
                + "and a.submitted_at is not null and a.decided_at is not null",
                rs -> new BigDecimal[] { days(rs.getObject("median")), days(rs.getObject("p90")) },
                args.toArray()).get(0);
        BigDecimal rate = decided == 0 ? null
                : BigDecimal.valueOf(awarded).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
        long applications = statuses.values().stream().mapToLong(Long::longValue).sum();
        return new PipelineReport(programmeId, statuses, applications, decided, awarded, rate, days[0], days[1],
                readModels.freshness());
    }

    private static BigDecimal days(Object seconds) {
        return seconds == null ? null
                : BigDecimal.valueOf(((Number) seconds).doubleValue()).divide(BigDecimal.valueOf(86_400), 1,
                        RoundingMode.HALF_UP);
    }
}
