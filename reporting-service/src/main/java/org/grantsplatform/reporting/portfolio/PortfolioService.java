package org.grantsplatform.reporting.portfolio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.grantsplatform.reporting.readmodel.ReadModelSchemas;
import org.grantsplatform.reporting.readmodel.ReadModels;
import org.grantsplatform.reporting.readmodel.Sql;
import org.grantsplatform.reporting.readmodel.Viewer;

/**
 * The portfolio per group and currency. An application counts once per group; grouped by
 * strategy, an application that advances several strategies counts (with its money) in each of
 * them, so strategy rows add up to more than the portfolio. Year is the year the application was
 * submitted (its cohort), or decided where only its grant is known so far. The figures come from
 * portfolio_total, which the projections keep per programme, group and currency, so a report
 * reads a few rows per programme whatever the number of applications.
 */
@ApplicationScoped
public class PortfolioService {

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
        List<Object> arguments = new ArrayList<>(List.of(group.dimension));
        arguments.addAll(List.of(viewer.programmeArguments()));
        List<PortfolioReport.Row> rows = sql.query("select " + group.key + " as group_key, " + group.label
                + " as group_label, t.currency, sum(t.applications) as applications, sum(t.awards) as awards, "
                + "sum(t.committed) as committed, sum(t.disbursed) as disbursed "
                + "from portfolio_total t left join programme p on p.programme_id = t.programme_id "
                + "where t.dimension = ? and " + viewer.programmeCondition() + " "
                + "group by 1, 2, 3 having sum(t.applications) > 0 order by 1 nulls last, 3",
                rs -> {
                    BigDecimal committed = Sql.money(rs, "committed");
                    BigDecimal disbursed = Sql.money(rs, "disbursed");
                    return new PortfolioReport.Row(rs.getString("group_key"), rs.getString("group_label"),
                            rs.getString("currency"), rs.getLong("applications"), rs.getLong("awards"), committed,
                            disbursed, committed.subtract(disbursed));
                }, arguments.toArray());
        return new PortfolioReport(group.parameter(), rows, readModels.freshness());
    }
}
