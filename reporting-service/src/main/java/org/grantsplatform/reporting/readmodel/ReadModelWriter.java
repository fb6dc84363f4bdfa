package org.grantsplatform.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.reporting.projection.Changes;

/**
 * Writes {@link Changes} into the read model on the given connection, whose search path points at
 * a generation: one batched statement per table, not one per event. Each upsert keeps the newest
 * version, so a redelivered or late event never overwrites what a newer one wrote. The portfolio
 * totals of every application a change touches are taken away before and added back after
 * ({@code read-model/portfolio-count.sql}); a rebuild leaves them out and counts them once at the end
 * ({@link #recount}), with the same statement.
 */
@ApplicationScoped
public class ReadModelWriter {

    private static final String PROGRAMME = """
            insert into programme (programme_id, name, description, donor_name, owner_subject, currency, budget,
                status, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (programme_id) do update set name = excluded.name, description = excluded.description,
                donor_name = excluded.donor_name, owner_subject = excluded.owner_subject,
                currency = excluded.currency, budget = excluded.budget, status = excluded.status,
                version = excluded.version
            where programme.version <= excluded.version""";

    private static final String ASSOCIATION = """
            insert into association (association_id, name, country, region, verified, member_count,
                transparency_year, transparency_rate, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (association_id) do update set name = excluded.name, country = excluded.country,
                region = excluded.region, verified = excluded.verified, member_count = excluded.member_count,
                transparency_year = excluded.transparency_year, transparency_rate = excluded.transparency_rate,
                version = excluded.version
            where association.version <= excluded.version""";

    private static final String APPLICATION = """
            insert into application (application_id, programme_id, association_id, title, summary,
                funding_window, strategies, currency, requested_amount, awarded_amount, duration_months, status,
                submitted_at, decided_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (application_id) do update set programme_id = excluded.programme_id,
                association_id = excluded.association_id, title = excluded.title, summary = excluded.summary,
                funding_window = excluded.funding_window, strategies = excluded.strategies,
                currency = excluded.currency, requested_amount = excluded.requested_amount,
                awarded_amount = excluded.awarded_amount, duration_months = excluded.duration_months,
                status = excluded.status, submitted_at = excluded.submitted_at,
                decided_at = excluded.decided_at, version = excluded.version
            where application.version <= excluded.version""";

    private static final String GRANT = """
            insert into grant_award (grant_id, application_id, programme_id, association_id, title, currency,
                awarded, disbursed, status, awarded_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (grant_id) do update set title = excluded.title, awarded = excluded.awarded,
                disbursed = excluded.disbursed, status = excluded.status, version = excluded.version
            where grant_award.version <= excluded.version""";

    /** Version -1: filled in from the grant until the application's own event arrives. */
    private static final String PLACEHOLDER = """
            insert into application (application_id, programme_id, association_id, title, currency,
                awarded_amount, status, decided_at, version)
            values (?, ?, ?, ?, ?, ?, 'AWARDED', ?, -1)
            on conflict (application_id) do nothing""";

    private static final String TRANCHE = """
            insert into tranche (tranche_id, grant_id, sequence, amount, due_date, milestone, status, paid_on)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String SP_REPORT = """
            insert into sp_report (member_id, year, association_id, active_borrowers, women_borrowers_pct,
                rural_borrowers_pct, client_retention_rate_pct, portfolio_at_risk30_pct, staff_turnover_pct,
                has_social_mission, board_sp_committee, client_protection_endorsed, association_version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (member_id, year) do update set association_id = excluded.association_id,
                active_borrowers = excluded.active_borrowers, women_borrowers_pct = excluded.women_borrowers_pct,
                rural_borrowers_pct = excluded.rural_borrowers_pct,
                client_retention_rate_pct = excluded.client_retention_rate_pct,
                portfolio_at_risk30_pct = excluded.portfolio_at_risk30_pct,
                staff_turnover_pct = excluded.staff_turnover_pct,
                has_social_mission = excluded.has_social_mission,
                board_sp_committee = excluded.board_sp_committee,
                client_protection_endorsed = excluded.client_protection_endorsed,
                association_version = excluded.association_version
            where sp_report.association_version <= excluded.association_version""";

    private static final String TRANSPARENCY = """
            insert into transparency (association_id, year, members, members_reporting, rate, association_version)
            values (?, ?, ?, ?, ?, ?)
            on conflict (association_id, year) do update set members = excluded.members,
                members_reporting = excluded.members_reporting, rate = excluded.rate,
                association_version = excluded.association_version
            where transparency.association_version <= excluded.association_version""";

    /** All entries in one statement: their number is that of the events. */
    private static final String TIMELINE = """
            insert into grant_timeline (event_id, application_id, grant_id, tranche_id, type, occurred_at, status,
                amount, note)
            select * from unnest(?::varchar[], ?::uuid[], ?::uuid[], ?::uuid[], ?::varchar[], ?::timestamptz[],
                ?::varchar[], ?::numeric[], ?::text[])
            on conflict (event_id) do nothing""";

    /** Applications counted per statement by a recount: bounds the ids held in memory. */
    private static final int RECOUNT_CHUNK = 10_000;

    private final String portfolioCount = ReadModelSchemas.resource("read-model/portfolio-count.sql");

    /** @param keepTotals false while a rebuild replays the topics: {@link #recount} counts them at the end */
    public void write(Connection c, Changes changes, boolean keepTotals) throws SQLException {
        Set<UUID> counted = new LinkedHashSet<>(changes.applications().keySet());
        changes.grants().values().forEach(g -> counted.add(g.applicationId()));
        Set<UUID> regrouped = changes.associations().keySet();
        boolean totals = keepTotals && (!counted.isEmpty() || !regrouped.isEmpty());
        if (totals) {
            portfolio(c, -1, counted, regrouped);
        }
        // rows in key order and applications (placeholders too) before grants: batches applied at once
        // then lock shared rows in the same order and wait for each other instead of deadlocking
        batch(c, PROGRAMME, inKeyOrder(changes.programmes()), p -> new Object[] { p.id(), p.name(), p.description(),
                p.donorName(), p.ownerSubject(), p.currency(), p.budget(), p.status(), p.version() });
        batch(c, ASSOCIATION, inKeyOrder(changes.associations()), a -> new Object[] { a.id(), a.name(), a.country(),
                a.region(), a.verified(), a.memberCount(), a.transparencyYear(), a.transparencyRate(), a.version() });
        batch(c, APPLICATION, inKeyOrder(changes.applications()), ReadModelWriter::application);
        batch(c, PLACEHOLDER, inKeyOrder(changes.placeholders()), g -> new Object[] { g.applicationId(),
                g.programmeId(), g.associationId(), g.title(), g.currency(), g.awarded(), g.awardedAt() });
        List<GrantData> grants = inKeyOrder(changes.grants());
        int[] written = batch(c, GRANT, grants, g -> new Object[] { g.id(), g.applicationId(), g.programmeId(),
                g.associationId(), g.title(), g.currency(), g.awarded(),
                g.disbursed() == null ? BigDecimal.ZERO : g.disbursed(), g.status(), g.awardedAt(), g.version() });
        tranches(c, grants, written);
        batch(c, SP_REPORT, changes.spReports().values(), s -> new Object[] { s.report().memberId(), s.report().year(),
                s.associationId(), s.report().activeBorrowers(), s.report().womenBorrowersPct(),
                s.report().ruralBorrowersPct(), s.report().clientRetentionRatePct(),
                s.report().portfolioAtRisk30Pct(), s.report().staffTurnoverPct(), s.report().hasSocialMission(),
                s.report().boardSpCommittee(), s.report().clientProtectionEndorsed(), s.associationVersion() });
        batch(c, TRANSPARENCY, changes.transparencies().values(), t -> new Object[] { t.associationId(),
                t.transparency().year(), t.transparency().members(), t.transparency().membersReporting(),
                t.transparency().rate(), t.associationVersion() });
        timeline(c, changes.timeline());
        if (totals) {
            portfolio(c, 1, counted, regrouped);
        }
    }

    private static Object[] application(ApplicationData a) {
        return new Object[] { a.id(), a.programmeId(), a.associationId(), a.title(), a.summary(), a.window(),
            a.strategies() == null ? "" : String.join(",", a.strategies()), a.currency(), a.requestedAmount(),
            a.awardedAmount(), a.durationMonths(), a.status(), a.submittedAt(), a.decidedAt(), a.version() };
    }

    /** The tranches of every grant whose newest version was written replace what it had. */
    private static void tranches(Connection c, List<GrantData> grants, int[] written) throws SQLException {
        List<UUID> replaced = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            if (written[i] > 0) {
                GrantData g = grants.get(i);
                replaced.add(g.id());
                for (GrantData.TrancheData t : Changes.tranchesOf(g)) {
                    rows.add(new Object[] { t.id(), g.id(), t.sequence(), t.amount(), t.dueDate(), t.milestone(),
                        t.status(), t.paidOn() });
                }
            }
        }
        if (replaced.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("delete from tranche where grant_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", replaced.toArray()));
            ps.executeUpdate();
        }
        batch(c, TRANCHE, rows, row -> row);
    }

    private static void timeline(Connection c, List<Changes.Timeline> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(TIMELINE)) {
            column(c, ps, 1, entries, Changes.Timeline::eventId);
            column(c, ps, 2, entries, Changes.Timeline::applicationId);
            column(c, ps, 3, entries, Changes.Timeline::grantId);
            column(c, ps, 4, entries, Changes.Timeline::trancheId);
            column(c, ps, 5, entries, Changes.Timeline::type);
            column(c, ps, 6, entries, Changes.Timeline::at);
            column(c, ps, 7, entries, Changes.Timeline::status);
            column(c, ps, 8, entries, e -> e.amount() == null ? null : e.amount().toPlainString());
            column(c, ps, 9, entries, Changes.Timeline::note);
            ps.executeUpdate();
        }
    }

    /** One column of a multi-row statement, as text that the statement casts to the column's type. */
    private static <T> void column(Connection c, PreparedStatement ps, int index, List<T> rows,
            Function<T, Object> value) throws SQLException {
        String[] texts = new String[rows.size()];
        for (int i = 0; i < texts.length; i++) {
            Object v = value.apply(rows.get(i));
            texts[i] = v == null ? null : v.toString();
        }
        ps.setArray(index, c.createArrayOf("text", texts));
    }

    /**
     * Counts the portfolio totals afresh from the rows, in chunks of applications: the upserts add up,
     * so the figures are those the writes would have kept one change at a time.
     */
    public void recount(Connection c) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from portfolio_total");
                PreparedStatement chunk = c.prepareStatement("select application_id from application "
                        + "where ?::uuid is null or application_id > ? order by application_id limit " + RECOUNT_CHUNK)) {
            delete.executeUpdate();
            UUID after = null; // the first chunk has no lower bound, so even the nil uuid is counted
            List<UUID> ids = new ArrayList<>(RECOUNT_CHUNK);
            do {
                ids.clear();
                chunk.setObject(1, after);
                chunk.setObject(2, after);
                try (ResultSet rs = chunk.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
                if (!ids.isEmpty()) {
                    portfolio(c, 1, ids, List.of());
                    after = ids.get(ids.size() - 1);
                }
            } while (ids.size() == RECOUNT_CHUNK);
        }
    }

    private void portfolio(Connection c, int sign, Collection<UUID> applications, Collection<UUID> associations)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(portfolioCount)) {
            ps.setInt(1, sign);
            ps.setArray(2, c.createArrayOf("uuid", applications.toArray()));
            ps.setArray(3, c.createArrayOf("uuid", associations.toArray()));
            ps.executeUpdate();
        }
    }

    private static <V> List<V> inKeyOrder(Map<UUID, V> rows) {
        return new TreeMap<>(rows).values().stream().toList();
    }

    /** @return the rows each statement wrote (0 where a newer version was already there). */
    private static <T> int[] batch(Connection c, String sql, Collection<T> rows, Function<T, Object[]> arguments)
            throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                Sql.bind(ps, arguments.apply(row));
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }
}
