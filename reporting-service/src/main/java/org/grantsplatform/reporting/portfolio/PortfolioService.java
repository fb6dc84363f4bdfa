package org.grantsplatform.reporting.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.grantsplatform.reporting.readmodel.ReadModelSchemas;
import org.grantsplatform.reporting.readmodel.ReadModels;
import org.grantsplatform.reporting.readmodel.Sql;
import org.grantsplatform.reporting.readmodel.Viewer;

/**
 * The portfolio per group and currency. An application counts once per group; grouped by
 * strategy, an application that advances several strategies counts (with its money) in each of
 * them, so strategy rows add up to more than the portfolio. Year is the year the application was
 * submitted (its cohort), or decided where only its grant is known so far.
 */
@ApplicationScoped
public class PortfolioService {

    /** Leaves out drafts withdrawn before submission; a placeholder filled from its grant stays. */
    private static final String SUBMITTED = "(a.submitted_at is not null or a.status <> 'WITHDRAWN')";

    private final Sql sql;
    private final ReadModelSchemas schemas;
    private final ReadModels readModels;

    @Inject
    public PortfolioService(Sql sql, ReadModelSchemas schemas, ReadModels readModels) {
        this.sql = sql;
        this.schemas = schemas;
        this.readModels = readModels;
    }

    @Transactional
    public PortfolioReport report(String groupBy, Viewer viewer) {
        GroupBy group = GroupBy.parse(groupBy);
        schemas.useActive();
        String strategies = group == GroupBy.STRATEGY
                ? "left join lateral unnest(string_to_array(nullif(a.strategies, ''), ',')) as st(strategy) on true "
                : "";
        List<PortfolioReport.Row> rows = sql.query("select " + group.key + " as group_key, " + group.label
                + " as group_label, a.currency, count(*) as applications, "
                + "count(*) filter (where g.grant_id is not null or a.status = 'AWARDED') as awards, "
                + "coalesce(sum(coalesce(g.awarded, a.awarded_amount)), 0) as committed, "
                + "coalesce(sum(g.disbursed), 0) as disbursed "
                + "from application a "
                + "left join grant_award g on g.application_id = a.application_id "
                + "left join programme p on p.programme_id = a.programme_id "
                + "left join association s on s.association_id = a.association_id " + strategies
                + "where " + viewer.programmeCondition() + " and " + SUBMITTED + " "
                + "group by 1, 2, 3 order by 1 nulls last, 3",
                rs -> {
                    BigDecimal committed = Sql.money(rs, "committed");
                    BigDecimal disbursed = Sql.money(rs, "disbursed");
                    return new PortfolioReport.Row(rs.getString("group_key"), rs.getString("group_label"),
                            rs.getString("currency"), rs.getLong("applications"), rs.getLong("awards"), committed,
                            disbursed, committed.subtract(disbursed));
                }, viewer.programmeArguments());
        return new PortfolioReport(group.parameter(), rows, readModels.freshness());
    }
}
