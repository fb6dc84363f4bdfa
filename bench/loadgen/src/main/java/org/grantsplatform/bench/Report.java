package org.grantsplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Puts the parts of a run together: {@code latest.json} (one object; the curves stay in the parts),
 * the chart {@code latency.png} drawn with Java2D from the HdrHistogram percentiles, and the
 * results table in bench/README.md between its two markers.
 */
final class Report {

    static final String START = "<!-- bench:results:start -->";
    static final String END = "<!-- bench:results:end -->";

    private final Args args;
    private final Path out;
    private final Path readme;

    Report(Args args) {
        this.args = args;
        this.out = Path.of(args.get("out", "bench/results"));
        this.readme = Path.of(args.get("readme", "bench/README.md"));
    }

    void write() throws Exception {
        ObjectNode latest = Results.object();
        ObjectNode machine = copy(Results.readPart(out, "machine"));
        if (machine == null) {
            machine = Results.object();
        }
        JsonNode run = Results.readPart(out, "run");
        JsonNode load = run == null ? null : run.get("load");
        if (load != null && load.path("samples").asInt() > 0) {
            machine.set("load_during_run", load);
            machine.put("load_note", String.format(Locale.ROOT, "During the run the 1-minute load average was %.1f on average "
                    + "(max %.1f) and the CPUs were idle %.0f%% of the time; other engineers' builds (Maven, Surefire) took "
                    + "%.0f%% of one core on average, other processes %.0f%%.", load.path("load_avg_1m_mean").asDouble(),
                    load.path("load_avg_1m_max").asDouble(), load.path("idle_pct_mean").asDouble(),
                    load.path("other_builds_cpu_pct_mean").asDouble(), load.path("other_cpu_pct_mean").asDouble()));
        }
        latest.put("date", machine.has("date") ? machine.get("date").asText() : Instant.now().toString());
        latest.set("machine", machine);
        if (run != null) {
            latest.set("run", run);
        }
        JsonNode pgbench = Results.readPart(out, "pgbench");
        double tps = pgbench == null ? 0 : pgbench.path("tps").asDouble();
        for (String name : List.of("write", "submit")) {
            ObjectNode part = copy(Results.readPart(out, name));
            if (part != null && tps > 0) {
                part.put("ratio_to_pgbench", Results.round(part.path("max_rps").asDouble() / tps, 4));
            }
            latest.set(name, part == null ? missing() : part);
        }
        latest.set("pgbench", pgbench == null ? missing() : pgbench);
        latest.set("read", orMissing(Results.readPart(out, "read")));
        ObjectNode lag = copy(Results.readPart(out, "event_lag"));
        JsonNode lagReporting = Results.readPart(out, "event_lag_reporting");
        if (lag != null && lagReporting != null) {
            ObjectNode side = ((ObjectNode) lagReporting.deepCopy());
            lag.set("reporting_side", side);
            lag.set("reporting_side_rate_events_per_s", side.get("rate_events_per_s"));
            lag.set("reporting_side_p50_ms", side.get("p50_ms"));
            lag.set("reporting_side_p99_ms", side.get("p99_ms"));
        }
        latest.set("event_lag", lag == null ? orMissing(lagReporting) : lag);
        ObjectNode portfolio = copy(Results.readPart(out, "portfolio"));
        JsonNode fixture = Results.readPart(out, "fixture");
        JsonNode seed = Results.readPart(out, "seed");
        if (portfolio != null) {
            if (fixture != null) {
                portfolio.put("fixture_rows", fixture.path("rows").asLong());
                portfolio.put("fixture_load_s", fixture.path("seconds_s").asDouble());
            }
            if (seed != null) {
                portfolio.put("events_on_topics", seed.path("events_published").asLong());
                portfolio.put("seed_publish_s", seed.path("seconds_s").asDouble());
            }
        }
        latest.set("portfolio", portfolio == null ? missing() : portfolio);
        ObjectNode rebuild = copy(Results.readPart(out, "rebuild"));
        if (rebuild != null && rebuild.path("events_per_s").asDouble() > 0 && seed != null) {
            double all = seed.path("events_published").asDouble();
            rebuild.put("full_replay_estimate_s", Results.round(all / rebuild.path("events_per_s").asDouble(), 0));
        }
        latest.set("rebuild", rebuild == null ? missing() : rebuild);
        latest.set("startup", orMissing(Results.readPart(out, "startup")));
        ArrayNode targets = latest.putArray("targets");
        targets(latest, targets);
        stripCurves(latest);
        Api.JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("latest.json").toFile(), latest);
        chart(out.resolve("latency.png"));
        readme(latest);
        System.out.println("report: " + out.resolve("latest.json") + ", " + out.resolve("latency.png") + ", " + readme);
    }

    private static ObjectNode missing() {
        ObjectNode o = Results.object();
        o.put("skipped", true);
        return o;
    }

    private static JsonNode orMissing(JsonNode n) {
        return n == null ? missing() : n;
    }

    private static ObjectNode copy(JsonNode n) {
        return n == null ? null : (ObjectNode) n.deepCopy();
    }

    private static void stripCurves(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("curve")) {
                    it.remove();
                } else {
                    stripCurves(e.getValue());
                }
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(Report::stripCurves);
        }
    }

    // ------------------------------------------------------------------ targets

    private static void target(ArrayNode targets, String figure, String what, JsonNode value, String cmp, double limit,
            String unit) {
        ObjectNode t = targets.addObject();
        t.put("figure", figure);
        t.put("target", what);
        if (value == null || value.isNull() || value.isMissingNode()) {
            t.putNull("value");
            t.put("met", false);
            t.put("note", "not measured");
            return;
        }
        double v = value.asDouble();
        t.put("value", v);
        t.put("unit", unit);
        t.put("met", ">=".equals(cmp) ? v >= limit : v <= limit);
    }

    private static void targets(JsonNode r, ArrayNode targets) {
        target(targets, "write.ratio_to_pgbench", ">= 0.5 (50% of pgbench TPS)", r.path("write").get("ratio_to_pgbench"),
                ">=", 0.5, "ratio");
        target(targets, "write.p99_ms", "<= 100 ms at half the highest rate held", r.path("write").get("p99_ms"), "<=", 100, "ms");
        target(targets, "submit.p99_ms", "<= 100 ms at half the highest rate held", r.path("submit").get("p99_ms"), "<=", 100,
                "ms");
        target(targets, "event_lag.p99_ms", "<= 250 ms at 200 events/s", r.path("event_lag").get("p99_ms"), "<=", 250, "ms");
        JsonNode lag = r.path("event_lag");
        double achieved = lag.path("achieved_events_per_s").asDouble(0);
        if (lag.has("achieved_events_per_s") && achieved < 0.9 * lag.path("rate_events_per_s").asDouble(200)) {
            ObjectNode t = (ObjectNode) targets.get(targets.size() - 1);
            t.put("met", false);
            t.put("note", String.format(Locale.ROOT, "grants-service committed only %.0f of the 200 submissions/s offered; "
                    + "the figure is the lag at that rate", achieved));
        }
        target(targets, "event_lag.reporting_side_p99_ms", "<= 250 ms at 200 events/s (Kafka -> read model only)",
                lag.get("reporting_side_p99_ms"), "<=", 250, "ms");
        target(targets, "portfolio.p95_ms", "<= 50 ms over 100,000 grants", r.path("portfolio").get("p95_ms"), "<=", 50, "ms");
        target(targets, "rebuild.events_per_s", ">= 10,000 events/s", r.path("rebuild").get("events_per_s"), ">=", 10_000,
                "events/s");
        JsonNode startup = r.path("startup");
        double base = startup.path("baseline").path("ready_s").asDouble(0);
        for (String s : List.of("associations", "grants", "reporting")) {
            JsonNode svc = startup.path(s);
            target(targets, "startup." + s + ".ready_s", String.format(Locale.ROOT, "<= 1.5 x baseline (%.2f s)", 1.5 * base),
                    svc.get("ready_s"), "<=", 1.5 * base, "s");
            target(targets, "startup." + s + ".rss_after_load_mb", "<= 300 MB after the load", svc.get("rss_after_load_mb"),
                    "<=", 300, "MB");
        }
    }

    // ------------------------------------------------------------------ README

    private void readme(JsonNode r) throws Exception {
        StringBuilder b = new StringBuilder();
        JsonNode m = r.path("machine");
        b.append(START).append('\n');
        b.append(String.format(Locale.ROOT, "Recorded run of %s on %s cores, %s MB memory (%s).", r.path("date").asText(),
                m.path("cores").asText("?"), m.path("memory_mb").asText("?"), m.path("java").asText("Java ?")));
        if (m.has("load_note")) {
            b.append(' ').append(m.path("load_note").asText());
        }
        JsonNode run = r.path("run");
        if (run.has("duration_s")) {
            b.append(String.format(Locale.ROOT, " The run took %.0f s", run.path("duration_s").asDouble()));
            if (run.path("platform_start_s").asDouble() > 0) {
                b.append(String.format(Locale.ROOT, " (of which %.0f s starting the platform)",
                        run.path("platform_start_s").asDouble()));
            }
            b.append('.');
        }
        b.append("\n\n| measurement | figure | target | met |\n| --- | --- | --- | --- |\n");
        JsonNode w = r.path("write");
        JsonNode s = r.path("submit");
        JsonNode pg = r.path("pgbench");
        row(b, "pgbench, " + pg.path("clients").asText("?") + " connections (aggregate row + outbox row, commit)",
                num(pg, "tps", " TPS"), "the limit", "");
        row(b, "write `POST /api/associations`: highest rate with p99 <= 100 ms", maxRate(w, "max_rps", w.path("steps"), " req/s")
                + " (" + pct(w, "ratio_to_pgbench") + " of pgbench)", ">= 50% of pgbench", met(r, "write.ratio_to_pgbench"));
        row(b, "write at half that rate (" + num(w, "half_rate_rps", "/s") + ")", "p50 " + num(w, "p50_ms", " ms") + ", p99 "
                + num(w, "p99_ms", " ms"), "p99 <= 100 ms", met(r, "write.p99_ms"));
        row(b, "submit (create + submit an application): highest rate with p99 <= 100 ms", maxRate(s, "max_rps", s.path("steps"), " /s")
                + " (" + pct(s, "ratio_to_pgbench") + " of pgbench)", "", "");
        row(b, "submit at half that rate (" + num(s, "half_rate_rps", "/s") + ")", "p50 " + num(s, "p50_ms", " ms") + ", p99 "
                + num(s, "p99_ms", " ms"), "p99 <= 100 ms", met(r, "submit.p99_ms"));
        JsonNode rd = r.path("read");
        row(b, "read `GET /api/applications/{id}`: highest rate held; at half of it",
                maxRate(rd, "one_max_rps", rd.path("one").path("steps"), " req/s") + "; p50 "
                + num(rd, "one_p50_ms", " ms") + ", p99 " + num(rd, "one_p99_ms", " ms"), "", "");
        row(b, "read `GET /api/applications?page=0&size=20` as assoc1: highest rate held; at half of it",
                maxRate(rd, "page_max_rps", rd.path("page").path("steps"), " req/s")
                + "; p50 " + num(rd, "page_p50_ms", " ms") + ", p99 " + num(rd, "page_p99_ms", " ms"), "", "");
        JsonNode lag = r.path("event_lag");
        row(b, "event lag, grants-service commit -> visible in reporting-service, " + num(lag, "rate_events_per_s", "")
                + " submissions/s offered (" + num(lag, "achieved_events_per_s", " events/s") + " committed)",
                "p50 " + num(lag, "p50_ms", " ms") + ", p99 " + num(lag, "p99_ms", " ms") + " (of which relay p50 "
                        + num(lag, "relay_p50_ms", " ms") + ", p99 " + num(lag, "relay_p99_ms", " ms") + ")",
                "p99 <= 250 ms at 200 events/s", met(r, "event_lag.p99_ms"));
        if (lag.has("reporting_side_p99_ms")) {
            row(b, "event lag, reporting's side only: synthetic events straight to Kafka at "
                    + num(lag, "reporting_side_rate_events_per_s", " events/s") + " -> visible", "p50 "
                    + num(lag, "reporting_side_p50_ms", " ms") + ", p99 " + num(lag, "reporting_side_p99_ms", " ms"),
                    "p99 <= 250 ms", met(r, "event_lag.reporting_side_p99_ms"));
        }
        if (lag.has("at_max_held_p99_ms")) {
            row(b, "event lag at the highest submit rate held (" + num(lag, "at_max_held_rate_events_per_s", " events/s") + ")",
                    "p50 " + num(lag, "at_max_held_p50_ms", " ms") + ", p99 " + num(lag, "at_max_held_p99_ms", " ms"), "", "");
        }
        JsonNode pf = r.path("portfolio");
        row(b, "`GET /api/reports/portfolio?groupBy=programme` over " + num(pf, "grant_rows", " grants") + " and "
                + num(pf, "events_in_read_model", " events"), "p50 " + num(pf, "p50_ms", " ms") + ", p95 "
                        + num(pf, "p95_ms", " ms"), "p95 <= 50 ms", met(r, "portfolio.p95_ms"));
        JsonNode rb = r.path("rebuild");
        row(b, "rebuild `POST /api/admin/rebuild` (replay of " + num(r.path("portfolio"), "events_on_topics", " events") + ")",
                num(rb, "events_per_s", " events/s") + (rb.path("completed").asBoolean(true) ? ""
                        : " (measured over " + num(rb, "seconds_s", " s") + "; whole replay ~" + num(rb, "full_replay_estimate_s", " s")
                                + ")"), ">= 10,000 events/s", met(r, "rebuild.events_per_s"));
        JsonNode st = r.path("startup");
        row(b, "baseline (bare Quarkus REST) start-up; RSS after start / after load", num(st.path("baseline"), "ready_s", " s")
                + "; " + num(st.path("baseline"), "rss_mb", " MB") + " / " + num(st.path("baseline"), "rss_after_load_mb", " MB"),
                "", "");
        for (String name : List.of("associations", "grants", "reporting")) {
            JsonNode x = st.path(name);
            row(b, name + "-service start-up; RSS after start / after load", num(x, "ready_s", " s") + " ("
                    + num(x, "ready_vs_baseline", " x") + "); " + num(x, "rss_mb", " MB") + " / " + num(x, "rss_after_load_mb", " MB"),
                    "<= 1.5 x baseline; <= 300 MB after load",
                    met(r, "startup." + name + ".ready_s") + " / " + met(r, "startup." + name + ".rss_after_load_mb"));
        }
        b.append("\n![Latency by percentile and p99 by arrival rate](results/latency.png)\n");
        b.append(END);
        String text = Files.exists(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
        int i = text.indexOf(START);
        int j = text.indexOf(END);
        String updated = i >= 0 && j > i ? text.substring(0, i) + b + text.substring(j + END.length()) : text + "\n" + b + "\n";
        Files.writeString(readme, updated, StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder b, String what, String figure, String target, String met) {
        b.append("| ").append(what).append(" | ").append(figure).append(" | ").append(target).append(" | ").append(met)
                .append(" |\n");
    }

    private static String num(JsonNode n, String field, String unit) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "n/a";
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            String s = d == Math.rint(d) && Math.abs(d) < 1e12 ? String.format(Locale.ROOT, "%,d", (long) d)
                    : String.format(Locale.ROOT, Math.abs(d) < 10 ? "%.3g" : "%,.1f", d);
            return s + unit;
        }
        return v.asText() + unit;
    }

    /** The highest rate held, with "at least" when every step held (the step budget ended the climb first). */
    private static String maxRate(JsonNode n, String field, JsonNode steps, String unit) {
        boolean missed = false;
        for (JsonNode st : steps) {
            if (st.path("p99_ms").asDouble(0) > 100 || st.path("errors").asLong(0) > 0.01 * Math.max(1, st.path("ok").asLong())) {
                missed = true;
            }
        }
        return (missed || steps.size() == 0 ? "" : "at least ") + num(n, field, unit);
    }

    private static String pct(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? "n/a" : String.format(Locale.ROOT, "%.2g%%", 100 * v.asDouble());
    }

    private static String met(JsonNode r, String figure) {
        for (JsonNode t : r.path("targets")) {
            if (figure.equals(t.path("figure").asText())) {
                return t.path("value").isNull() ? "not measured" : t.path("met").asBoolean() ? "met" : "**missed**";
            }
        }
        return "";
    }

    // ------------------------------------------------------------------ chart

    private record Series(String name, Color color, List<double[]> points) {
    }

    private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0xff7f0e), new Color(0xbcbd22), new Color(0x8c564b), new Color(0x17becf) };

    private void chart(Path png) throws Exception {
        List<Series> curves = new ArrayList<>();
        List<Series> ladders = new ArrayList<>();
        int c = 0;
        for (String[] spec : new String[][] { { "write", "curve_at_half_rate", "write @ half rate" },
            { "submit", "curve_at_half_rate", "submit @ half rate" }, { "read", "one", "GET application @ half rate" },
            { "read", "page", "GET page @ half rate" }, { "event_lag", "curve", "event lag @ 200/s" },
            { "event_lag_reporting", "curve", "reporting-side lag" }, { "portfolio", "curve", "portfolio (100k grants)" } }) {
            JsonNode part = Results.readPart(out, spec[0]);
            Color color = COLORS[c++ % COLORS.length];
            if (part == null) {
                continue;
            }
            if ("event_lag".equals(spec[0])) {
                spec[2] = String.format(Locale.ROOT, "event lag, %.0f/s offered", part.path("rate_events_per_s").asDouble());
            } else if ("event_lag_reporting".equals(spec[0])) {
                spec[2] = String.format(Locale.ROOT, "Kafka -> read model @ %.0f/s", part.path("rate_events_per_s").asDouble());
            } else if ("portfolio".equals(spec[0])) {
                spec[2] = String.format(Locale.ROOT, "portfolio (%,d grants)", part.path("grant_rows").asLong());
            }
            JsonNode curve = "read".equals(spec[0]) ? part.path(spec[1]).path("curve_at_half_rate") : part.path(spec[1]);
            List<double[]> pts = new ArrayList<>();
            for (JsonNode p : curve) {
                pts.add(new double[] { p.get(0).asDouble(), p.get(1).asDouble() });
            }
            if (!pts.isEmpty()) {
                curves.add(new Series(spec[2], color, pts));
            }
            JsonNode steps = "read".equals(spec[0]) ? part.path(spec[1]).path("steps") : part.path("steps");
            if (steps.isArray() && steps.size() > 0) {
                List<double[]> lp = new ArrayList<>();
                for (JsonNode st : steps) {
                    if (st.has("p99_ms")) {
                        lp.add(new double[] { st.path("rate_rps").asDouble(), st.path("p99_ms").asDouble() });
                    }
                }
                lp.sort((a, b) -> Double.compare(a[0], b[0]));
                ladders.add(new Series(spec[2].replace(" @ half rate", ""), color, lp));
            }
        }
        int w = 1400;
        int h = 620;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
        JsonNode machine = Results.readPart(out, "machine");
        g.drawString("Grants platform benchmark - " + (machine == null ? "" : machine.path("date").asText()), 20, 28);
        percentilePanel(g, 20, 50, 680, 550, curves);
        ladderPanel(g, 720, 50, 660, 550, ladders);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    /** Latency (log ms) against percentile, on HdrHistogram's axis: x = log10(1 / (1 - p)). */
    private static void percentilePanel(Graphics2D g, int x0, int y0, int w, int h, List<Series> series) {
        int left = x0 + 60;
        int top = y0 + 30;
        int pw = w - 80;
        int ph = h - 140;
        double maxX = 4; // 99.99%
        double minY = 0.5;
        double maxY = 1;
        for (Series s : series) {
            for (double[] p : s.points()) {
                maxY = Math.max(maxY, p[1]);
                if (p[1] > 0) {
                    minY = Math.min(minY, p[1]);
                }
            }
        }
        double lo = Math.floor(Math.log10(Math.max(0.1, minY)));
        double hi = Math.ceil(Math.log10(maxY * 1.05));
        frame(g, left, top, pw, ph, "Latency by percentile (open loop, from the intended start)");
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        String[] labels = { "0%", "90%", "99%", "99.9%", "99.99%" };
        for (int i = 0; i <= 4; i++) {
            int x = left + (int) (pw * i / maxX);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, top, x, top + ph);
            g.setColor(Color.DARK_GRAY);
            g.drawString(labels[i], x - 12, top + ph + 16);
        }
        yLogAxis(g, left, top, pw, ph, lo, hi);
        hline(g, left, top, pw, ph, lo, hi, 100, "100 ms");
        Path2D.Double path;
        for (Series s : series) {
            path = new Path2D.Double();
            boolean first = true;
            for (double[] p : s.points()) {
                double px = p[0] >= 100 ? maxX : Math.min(maxX, Math.log10(1 / (1 - p[0] / 100)));
                double x = left + pw * px / maxX;
                double y = top + ph - ph * (Math.log10(Math.max(p[1], Math.pow(10, lo))) - lo) / (hi - lo);
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(s.color());
            g.setStroke(new BasicStroke(2f));
            g.draw(path);
        }
        g.setStroke(new BasicStroke(1f));
        legend(g, left, top + ph + 30, series);
    }

    /** p99 (log ms) against the offered rate (log), one line per ladder, with the 100 ms objective. */
    private static void ladderPanel(Graphics2D g, int x0, int y0, int w, int h, List<Series> series) {
        int left = x0 + 60;
        int top = y0 + 30;
        int pw = w - 80;
        int ph = h - 140;
        double minX = 1e9;
        double maxX = 1;
        double maxY = 100;
        double minY = 100;
        for (Series s : series) {
            for (double[] p : s.points()) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                maxY = Math.max(maxY, p[1]);
                minY = Math.min(minY, p[1]);
            }
        }
        if (minX > maxX) {
            minX = 1;
        }
        double xlo = Math.floor(Math.log10(Math.max(0.1, minX)));
        double xhi = Math.ceil(Math.log10(maxX * 1.05));
        if (xhi <= xlo) {
            xhi = xlo + 1;
        }
        double lo = Math.floor(Math.log10(Math.max(0.1, minY)));
        double hi = Math.ceil(Math.log10(maxY * 1.05));
        frame(g, left, top, pw, ph, "p99 by arrival rate (each step: warm-up, then measurement)");
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (double e = xlo; e <= xhi + 1e-9; e++) {
            for (int m = 1; m < 10; m++) {
                double v = m * Math.pow(10, e);
                double lx = Math.log10(v);
                if (lx > xhi + 1e-9) {
                    break;
                }
                int x = left + (int) (pw * (lx - xlo) / (xhi - xlo));
                g.setColor(m == 1 ? new Color(0xcccccc) : new Color(0xeeeeee));
                g.drawLine(x, top, x, top + ph);
                if (m == 1 || m == 2 || m == 5) {
                    g.setColor(Color.DARK_GRAY);
                    g.drawString(fmt(v) + "/s", x - 10, top + ph + 16);
                }
            }
        }
        yLogAxis(g, left, top, pw, ph, lo, hi);
        hline(g, left, top, pw, ph, lo, hi, 100, "objective 100 ms");
        for (Series s : series) {
            Path2D.Double path = new Path2D.Double();
            boolean first = true;
            g.setColor(s.color());
            for (double[] p : s.points()) {
                double x = left + pw * (Math.log10(p[0]) - xlo) / (xhi - xlo);
                double y = top + ph - ph * (Math.log10(Math.max(p[1], Math.pow(10, lo))) - lo) / (hi - lo);
                g.fillOval((int) x - 3, (int) y - 3, 7, 7);
                if (first) {
                    path.moveTo(x, y);
                    first = false;
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setStroke(new BasicStroke(2f));
            g.draw(path);
            g.setStroke(new BasicStroke(1f));
        }
        legend(g, left, top + ph + 30, series);
    }

    private static void frame(Graphics2D g, int left, int top, int pw, int ph, String title) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, left, top - 10);
        g.drawRect(left, top, pw, ph);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.rotate(-Math.PI / 2);
        g.drawString("milliseconds (log)", -(top + ph / 2 + 50), left - 45);
        g.rotate(Math.PI / 2);
    }

    private static void yLogAxis(Graphics2D g, int left, int top, int pw, int ph, double lo, double hi) {
        for (double e = lo; e <= hi + 1e-9; e++) {
            for (int m = 1; m < 10; m++) {
                double v = m * Math.pow(10, e);
                double ly = Math.log10(v);
                if (ly > hi + 1e-9) {
                    break;
                }
                int y = top + ph - (int) (ph * (ly - lo) / (hi - lo));
                g.setColor(m == 1 ? new Color(0xcccccc) : new Color(0xf0f0f0));
                g.drawLine(left, y, left + pw, y);
                if (m == 1 || m == 2 || m == 5) {
                    g.setColor(Color.DARK_GRAY);
                    String label = fmt(v);
                    g.drawString(label, left - 8 - g.getFontMetrics().stringWidth(label), y + 4);
                }
            }
        }
    }

    private static void hline(Graphics2D g, int left, int top, int pw, int ph, double lo, double hi, double v, String label) {
        double ly = Math.log10(v);
        if (ly < lo || ly > hi) {
            return;
        }
        int y = top + ph - (int) (ph * (ly - lo) / (hi - lo));
        g.setColor(new Color(0xaa0000));
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
        g.drawLine(left, y, left + pw, y);
        g.setStroke(new BasicStroke(1f));
        g.drawString(label, left + pw - g.getFontMetrics().stringWidth(label) - 4, y - 4);
    }

    private static void legend(Graphics2D g, int x, int y, List<Series> series) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int col = 0;
        int row = 0;
        for (Series s : series) {
            int lx = x + col * 210;
            int ly = y + row * 18;
            g.setColor(s.color());
            g.fillRect(lx, ly - 9, 14, 10);
            g.setColor(Color.BLACK);
            g.drawString(s.name(), lx + 20, ly);
            if (++col == 3) {
                col = 0;
                row++;
            }
        }
    }

    private static String fmt(double v) {
        if (v >= 1000) {
            return String.format(Locale.ROOT, "%.0fk", v / 1000);
        }
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
