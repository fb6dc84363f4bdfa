package org.grantsplatform.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes into a read-model generation's schema exactly the rows that reporting-service's
 * projections write for the synthetic events of {@link Synthetic} (same ids, amounts, statuses,
 * times, timeline entries and inbox rows), with COPY: seconds instead of the hour the service
 * would need to apply a million events one transaction each. The portfolio is then measured over
 * the read model a full projection would have built; the projection's own speed is what the
 * rebuild measures. {@code --check-against=<schema>} compares the rows with a generation the
 * service projected itself from the same seed, table by table.
 */
final class Fixture {

    private final Args args;
    private final Path out;

    Fixture(Args args) {
        this.args = args;
        this.out = Path.of(args.get("out", "bench/results"));
    }

    void load() throws Exception {
        Synthetic s = new Synthetic(args.get("seed", "bench-v1"), args.integer("programmes", 100),
                args.integer("associations", 1_000), args.integer("grants", 100_000));
        String jdbc = args.get("bench-reporting-jdbc", "jdbc:postgresql://127.0.0.1:5432/bench_reporting");
        String consumer = args.get("consumer", "bench-reporting.g1");
        Properties props = new Properties();
        props.put("user", args.get("pg-user", "postgres"));
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, props)) {
            String schema = args.get("schema", null);
            if (schema == null) {
                schema = activeSchema(c, 120);
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("set local synchronous_commit = off");
            }
            CopyWriter w = new CopyWriter(c.unwrap(PGConnection.class));
            w.begin(schema + ".programme (programme_id, name, description, donor_name, owner_subject, currency, budget, status, version)");
            for (int p = 0; p < s.programmes; p++) {
                w.row(s.id("programme", p), "Synthetic programme " + p, "bench/run synthetic data", "Synthetic Donor " + (p % 10),
                        "synthetic-donor-" + (p % 10), Synthetic.currencyOf(p), "100000000.00", "OPEN", 1 + s.awardsOf(p));
            }
            w.end();
            w.begin(schema + ".association (association_id, name, country, region, verified, member_count, transparency_year, "
                    + "transparency_rate, version)");
            for (int a = 0; a < s.associations; a++) {
                w.row(s.id("association", a), "Synthetic association " + a, Synthetic.countryOf(a), Synthetic.regionOf(a), true,
                        5 + a % 20, null, null, 1);
            }
            w.end();
            w.begin(schema + ".application (application_id, programme_id, association_id, title, summary, funding_window, "
                    + "strategies, currency, requested_amount, awarded_amount, duration_months, status, submitted_at, "
                    + "decided_at, version)");
            for (int g = 0; g < s.grants; g++) {
                int p = g % s.programmes;
                w.row(s.id("application", g), s.id("programme", p), s.id("association", g % s.associations),
                        "Synthetic grant " + g, "bench/run synthetic data", g % 2 == 0 ? "CAPACITY_BUILDING" : "INNOVATION",
                        "MEMBER_CAPACITY,KNOWLEDGE_BASE", Synthetic.currencyOf(p), "20000.00", "20000.00", 12, "AWARDED",
                        s.submitted(g), s.awardedAt(g), 5);
            }
            w.end();
            w.begin(schema + ".grant_award (grant_id, application_id, programme_id, association_id, title, currency, awarded, "
                    + "disbursed, status, awarded_at, version)");
            for (int g = 0; g < s.grants; g++) {
                int p = g % s.programmes;
                w.row(s.id("grant", g), s.id("application", g), s.id("programme", p), s.id("association", g % s.associations),
                        "Synthetic grant " + g, Synthetic.currencyOf(p), "20000.00", "10000.00", "ACTIVE", s.awardedAt(g), 7);
            }
            w.end();
            w.begin(schema + ".tranche (tranche_id, grant_id, sequence, amount, due_date, milestone, status, paid_on)");
            for (int g = 0; g < s.grants; g++) {
                LocalDate due = LocalDate.ofInstant(s.awardedAt(g), ZoneOffset.UTC);
                w.row(s.id("tranche1", g), s.id("grant", g), 1, "10000.00", due.plusDays(30), "milestone 1", "PAID", due.plusDays(45));
                w.row(s.id("tranche2", g), s.id("grant", g), 2, "10000.00", due.plusDays(180), "milestone 2", "PLANNED", null);
            }
            w.end();
            w.begin(schema + ".grant_timeline (event_id, application_id, grant_id, tranche_id, type, occurred_at, status, amount, note)");
            String[] types = { "grants.application.submitted.v1", "grants.application.screened.v1", "grants.review.completed.v1",
                "grants.application.decided.v1", "grants.tranche.scheduled.v1", "grants.tranche.scheduled.v1",
                "grants.disbursement.requested.v1", "grants.disbursement.approved.v1", "grants.disbursement.paid.v1",
                "grants.milestone.reported.v1" };
            for (int g = 0; g < s.grants; g++) {
                UUID app = s.id("application", g);
                UUID grant = s.id("grant", g);
                UUID t1 = s.id("tranche1", g);
                UUID t2 = s.id("tranche2", g);
                for (int k = 0; k < Synthetic.EVENTS_PER_GRANT; k++) {
                    UUID event = s.id("event", (long) g * Synthetic.EVENTS_PER_GRANT + k);
                    Instant at = s.eventTime(g, k);
                    switch (k) {
                        case 0 -> w.row(event, app, null, null, types[k], at, "SUBMITTED", "20000.00", null);
                        case 1 -> w.row(event, app, null, null, types[k], at, "UNDER_REVIEW", "20000.00", "eligible");
                        case 2 -> w.row(event, app, null, null, types[k], at, "UNDER_REVIEW", null, "AWARD");
                        case 3 -> w.row(event, app, grant, null, types[k], at, "AWARDED", "20000.00", "synthetic award");
                        case 4 -> w.row(event, app, grant, t1, types[k], at, "PLANNED", "10000.00", "milestone 1");
                        case 5 -> w.row(event, app, grant, t2, types[k], at, "PLANNED", "10000.00", "milestone 2");
                        case 6 -> w.row(event, app, grant, t1, types[k], at, "REQUESTED", "10000.00", "milestone 1");
                        case 7 -> w.row(event, app, grant, t1, types[k], at, "APPROVED", "10000.00", "milestone 1");
                        case 8 -> w.row(event, app, grant, t1, types[k], at, "PAID", "10000.00",
                                "SYN-" + t1.toString().substring(0, 8));
                        default -> w.row(event, app, grant, t2, types[k], at, "PLANNED", "10000.00", "milestone 2");
                    }
                }
            }
            w.end();
            w.begin("public.inbox_event (consumer, event_id, type)");
            for (int p = 0; p < s.programmes; p++) {
                w.row(consumer, s.id("programme-event", p), "grants.programme.published.v1");
            }
            for (int a = 0; a < s.associations; a++) {
                w.row(consumer, s.id("association-event", a), "associations.association.registered.v1");
            }
            for (int g = 0; g < s.grants; g++) {
                for (int k = 0; k < Synthetic.EVENTS_PER_GRANT; k++) {
                    w.row(consumer, s.id("event", (long) g * Synthetic.EVENTS_PER_GRANT + k), types[k]);
                }
            }
            w.end();
            portfolioTotals(c, schema, s);
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                // what autovacuum would do soon after such a change; the report's plans depend on it
                st.execute("analyze " + schema + ".programme, " + schema + ".association, " + schema + ".application, "
                        + schema + ".grant_award, " + schema + ".tranche, " + schema + ".grant_timeline, " + schema
                        + ".portfolio_total, public.inbox_event");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            ObjectNode part = Results.object();
            part.put("schema", schema);
            part.put("rows", w.rows);
            part.put("seconds_s", Results.round(seconds, 1));
            Results.writePart(out, "fixture", part);
            System.out.printf("fixture: %d rows into %s in %.1f s%n", w.rows, schema, seconds);
            String check = args.get("check-against", null);
            if (check != null) {
                check(c, check, schema);
            }
        }
    }

    /** The portfolio totals of every application, with the statement the projections keep them with. */
    private void portfolioTotals(Connection c, String schema, Synthetic s) throws Exception {
        String sql = Files.readString(Path.of(args.get("portfolio-sql",
                "reporting-service/src/main/resources/read-model/portfolio-count.sql")));
        Object[] applications = new Object[s.grants];
        for (int g = 0; g < s.grants; g++) {
            applications[g] = s.id("application", g);
        }
        try (Statement st = c.createStatement()) {
            st.execute("set local search_path to " + schema);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, 1);
            ps.setArray(2, c.createArrayOf("uuid", applications));
            ps.setArray(3, c.createArrayOf("uuid", new Object[0]));
            ps.executeUpdate();
        }
    }

    /** Waits until the service has created its first generation, and answers its schema. */
    static String activeSchema(Connection c, int waitS) throws Exception {
        long deadline = System.currentTimeMillis() + waitS * 1000L;
        while (true) {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select schema_name from public.read_model_generation where status = 'ACTIVE'")) {
                if (rs.next()) {
                    return rs.getString(1);
                }
            } catch (java.sql.SQLException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no active read-model generation after " + waitS + " s");
            }
            Ladder.pause(500);
        }
    }

    private static void check(Connection c, String projected, String loaded) throws Exception {
        String[] tables = { "programme", "association", "application", "grant_award", "tranche", "grant_timeline",
            "portfolio_total" };
        try (Statement st = c.createStatement()) {
            for (String t : tables) {
                long a = scalar(st, "select count(*) from (select * from " + projected + "." + t + " except select * from "
                        + loaded + "." + t + ") x");
                long b = scalar(st, "select count(*) from (select * from " + loaded + "." + t + " except select * from "
                        + projected + "." + t + ") x");
                long n = scalar(st, "select count(*) from " + projected + "." + t);
                System.out.printf("check %-15s %8d rows projected; %d only in the projection, %d only in the fixture%n", t, n, a, b);
            }
        }
    }

    private static long scalar(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** COPY ... FROM STDIN in CSV, in chunks of about a megabyte. */
    private static final class CopyWriter {
        private final PGConnection pg;
        private CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);
        long rows;

        CopyWriter(PGConnection pg) {
            this.pg = pg;
        }

        void begin(String target) throws Exception {
            copy = pg.getCopyAPI().copyIn("copy " + target + " from stdin with (format csv)");
        }

        void row(Object... values) throws Exception {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append(',');
                }
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                String text = v.toString();
                if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.isEmpty()) {
                    buffer.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else {
                    buffer.append(text);
                }
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() throws Exception {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void end() throws Exception {
            flush();
            copy.endCopy();
        }
    }
}
