package org.grantsplatform.reporting.socialperformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.reporting.readmodel.ReadModelSchemas;
import org.grantsplatform.reporting.readmodel.ReadModels;
import org.grantsplatform.reporting.readmodel.Sql;

@ApplicationScoped
public class SocialPerformanceService {

    /** Associations of the region (or all), each with the year its figures are for. */
    private static final String CHOSEN = "with chosen as (select s.*, coalesce(cast(? as integer), "
            + "s.transparency_year) as year from association s where cast(? as text) is null or s.region = ?) ";

    private static final String INDICATORS = "count(r.member_id) as reports, "
            + "sum(r.active_borrowers) as active_borrowers, "
            + weighted("women_borrowers_pct") + ", " + weighted("rural_borrowers_pct") + ", "
            + weighted("client_retention_rate_pct") + ", "
            + "avg(r.portfolio_at_risk30_pct) as portfolio_at_risk30_pct, "
            + "avg(r.staff_turnover_pct) as staff_turnover_pct, "
            + share("has_social_mission") + ", " + share("board_sp_committee") + ", "
            + share("client_protection_endorsed");

    private final Sql sql;
    private final ReadModelSchemas schemas;
    private final ReadModels readModels;

    @Inject
    public SocialPerformanceService(Sql sql, ReadModelSchemas schemas, ReadModels readModels) {
        this.sql = sql;
        this.schemas = schemas;
        this.readModels = readModels;
    }

    @Transactional
    public SocialPerformanceReport report(Region region, Integer year) {
        schemas.useActive();
        String regionName = region == null ? null : region.name();
        Object[] args = { year, regionName, regionName };
        List<SocialPerformanceReport.AssociationRow> associations = sql.query(CHOSEN
                + "select c.association_id, c.name, c.country, c.region, c.verified, c.member_count, c.year, "
                + "c.transparency_year, c.transparency_rate, t.members_reporting, t.rate, " + INDICATORS
                + " from chosen c "
                + "left join transparency t on t.association_id = c.association_id and t.year = c.year "
                + "left join sp_report r on r.association_id = c.association_id and r.year = c.year "
                + "group by c.association_id, c.name, c.country, c.region, c.verified, c.member_count, c.year, "
                + "c.transparency_year, c.transparency_rate, t.members_reporting, t.rate order by c.name",
                rs -> {
                    BigDecimal rate = rs.getBigDecimal("rate");
                    if (rate == null && year == null) {
                        rate = rs.getBigDecimal("transparency_rate");
                    }
                    return new SocialPerformanceReport.AssociationRow(Sql.uuid(rs, "association_id"),
                            rs.getString("name"), rs.getString("country"), rs.getString("region"),
                            rs.getBoolean("verified"), rs.getInt("member_count"), Sql.integer(rs, "year"),
                            Sql.integer(rs, "members_reporting"), rate, indicators(rs));
                }, args);
        List<SocialPerformanceReport.RegionTotal> regions = sql.query(CHOSEN
                + ", counted as (select region, count(*) as associations, sum(member_count) as members "
                + "from chosen group by region), "
                + "reporting as (select c.region, sum(t.members_reporting) as members_reporting, "
                + "sum(t.members) as members_in_year from chosen c join transparency t "
                + "on t.association_id = c.association_id and t.year = c.year group by c.region), "
                + "measured as (select c.region, " + INDICATORS + " from chosen c join sp_report r "
                + "on r.association_id = c.association_id and r.year = c.year group by c.region) "
                + "select * from counted left join reporting using (region) left join measured using (region) "
                + "order by region",
                rs -> {
                    long reporting = rs.getLong("members_reporting");
                    boolean reported = !rs.wasNull();
                    long inYear = rs.getLong("members_in_year");
                    return new SocialPerformanceReport.RegionTotal(rs.getString("region"), rs.getLong("associations"),
                            rs.getLong("members"), reported ? reporting : null,
                            reported && inYear > 0
                                    ? BigDecimal.valueOf(reporting).divide(BigDecimal.valueOf(inYear), 4,
                                            RoundingMode.HALF_UP)
                                    : null,
                            indicators(rs));
                }, args);
        return new SocialPerformanceReport(year, associations, regions, readModels.freshness());
    }

    private static SocialPerformanceReport.Indicators indicators(ResultSet rs) throws SQLException {
        long borrowers = rs.getLong("active_borrowers");
        Long activeBorrowers = rs.wasNull() ? null : borrowers;
        return new SocialPerformanceReport.Indicators(rs.getLong("reports"), activeBorrowers,
                pct(rs, "women_borrowers_pct"), pct(rs, "rural_borrowers_pct"), pct(rs, "client_retention_rate_pct"),
                pct(rs, "portfolio_at_risk30_pct"), pct(rs, "staff_turnover_pct"), pct(rs, "has_social_mission"),
                pct(rs, "board_sp_committee"), pct(rs, "client_protection_endorsed"));
    }

    private static BigDecimal pct(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String weighted(String column) {
        return "sum(r." + column + " * r.active_borrowers) / nullif(sum(case when r." + column
                + " is not null then r.active_borrowers end), 0) as " + column;
    }

    private static String share(String column) {
        return "100.0 * count(*) filter (where r." + column + ") / nullif(count(r." + column + "), 0) as " + column;
    }
}
