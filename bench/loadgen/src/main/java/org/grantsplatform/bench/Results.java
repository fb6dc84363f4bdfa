package org.grantsplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Figures as JSON: names in snake_case with their unit as suffix, milliseconds with one decimal
 * (three below 10 ms). Each step of a run writes its part to {@code <dir>/parts/<name>.json}, and
 * each latency distribution also goes to {@code <dir>/hgrm/<name>.hgrm} in HdrHistogram's text format.
 */
final class Results {

    private Results() {
    }

    static ObjectNode object() {
        return Api.JSON.createObjectNode();
    }

    static double round(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    static double ms(double v) {
        return round(v, Math.abs(v) < 10 ? 3 : 1);
    }

    static void putMs(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, ms(v));
        }
    }

    /** p50, p90, p95, p99, p99.9 and max of a histogram of microseconds, in milliseconds. */
    static ObjectNode latency(Histogram us) {
        ObjectNode o = object();
        o.put("count", us.getTotalCount());
        if (us.getTotalCount() == 0) {
            return o;
        }
        putMs(o, "p50_ms", us.getValueAtPercentile(50) / 1000.0);
        putMs(o, "p90_ms", us.getValueAtPercentile(90) / 1000.0);
        putMs(o, "p95_ms", us.getValueAtPercentile(95) / 1000.0);
        putMs(o, "p99_ms", us.getValueAtPercentile(99) / 1000.0);
        putMs(o, "p999_ms", us.getValueAtPercentile(99.9) / 1000.0);
        putMs(o, "max_ms", us.getMaxValue() / 1000.0);
        return o;
    }

    /** The percentile curve, as HdrHistogram's plotter draws it: [[percentile, ms], ...]. */
    static ArrayNode curve(Histogram us) {
        ArrayNode points = Api.JSON.createArrayNode();
        if (us.getTotalCount() == 0) {
            return points;
        }
        for (HistogramIterationValue v : us.percentiles(5)) {
            double p = v.getPercentileLevelIteratedTo();
            if (p > 99.999) {
                break;
            }
            points.addArray().add(round(p, 4)).add(ms(v.getValueIteratedTo() / 1000.0));
        }
        points.addArray().add(100.0).add(ms(us.getMaxValue() / 1000.0));
        return points;
    }

    static ObjectNode step(OpenLoop.Result r) {
        ObjectNode o = object();
        o.put("rate_rps", round(r.rate(), 1));
        o.put("achieved_rps", round(r.achievedRps(), 1));
        o.put("ok", r.ok());
        o.put("errors", r.errors() + r.unfinished());
        if (!r.errorKinds().isEmpty()) {
            ObjectNode kinds = o.putObject("error_kinds");
            r.errorKinds().forEach(kinds::put);
        }
        if (r.unfinished() > 0) {
            o.put("unfinished", r.unfinished());
        }
        o.setAll(latency(r.histogram()));
        return o;
    }

    static void hgrm(Path dir, String name, Histogram us) {
        try {
            Files.createDirectories(dir.resolve("hgrm"));
            try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve("hgrm").resolve(name + ".hgrm")))) {
                us.outputPercentileDistribution(out, 5, 1000.0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writePart(Path dir, String name, JsonNode part) {
        try {
            Files.createDirectories(dir.resolve("parts"));
            Api.JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("parts").resolve(name + ".json").toFile(), part);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readPart(Path dir, String name) {
        Path p = dir.resolve("parts").resolve(name + ".json");
        try {
            return Files.exists(p) ? Api.JSON.readTree(p.toFile()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
