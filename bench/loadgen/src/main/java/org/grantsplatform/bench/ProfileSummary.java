package org.grantsplatform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads the flight recordings of a profiled run ({@code BENCH_PROFILE=1}) and writes
 * {@code profile/summary.md}: where the sampled CPU time went by component (the first matching
 * category of each stack), the application's hottest frames, CPU by thread (compiler threads
 * included, which samples do not show) and GC pauses.
 */
final class ProfileSummary {

    private static final Map<String, Pattern> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("bearer token verification (jose4j, smallrye-jwt, RSA, SHA)",
                Pattern.compile("org\\.jose4j|io\\.smallrye\\.jwt|io\\.quarkus\\.oidc|sun\\.security|java\\.math\\.(Mutable)?BigInteger"));
        CATEGORIES.put("Kafka client", Pattern.compile("org\\.apache\\.kafka"));
        CATEGORIES.put("outbox relay", Pattern.compile("OutboxRelay"));
        CATEGORIES.put("PostgreSQL JDBC", Pattern.compile("org\\.postgresql"));
        CATEGORIES.put("Bean Validation", Pattern.compile("org\\.hibernate\\.validator"));
        CATEGORIES.put("Hibernate ORM", Pattern.compile("org\\.hibernate"));
        CATEGORIES.put("Agroal pool", Pattern.compile("io\\.agroal"));
        CATEGORIES.put("Narayana transactions", Pattern.compile("com\\.arjuna|narayana"));
        CATEGORIES.put("Jackson", Pattern.compile("com\\.fasterxml\\.jackson"));
        CATEGORIES.put("Micrometer", Pattern.compile("io\\.micrometer"));
        CATEGORIES.put("logging", Pattern.compile("org\\.jboss\\.logmanager|org\\.jboss\\.logging"));
        CATEGORIES.put("REST / Vert.x / Netty", Pattern.compile("org\\.jboss\\.resteasy|io\\.quarkus\\.resteasy|io\\.vertx|io\\.netty"));
    }

    private ProfileSummary() {
    }

    static void write(Path dir) throws IOException {
        StringBuilder out = new StringBuilder("# Flight recordings of the profiled run\n\n");
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jfr")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        for (Path f : files) {
            summarise(f, out);
        }
        Files.writeString(dir.resolve("summary.md"), out.toString(), StandardCharsets.UTF_8);
        System.out.println(out);
    }

    private static void summarise(Path file, StringBuilder out) throws IOException {
        Map<String, Long> byCategory = new HashMap<>();
        Map<String, Long> appFrames = new HashMap<>();
        Map<String, Long> byThread = new HashMap<>();
        Map<String, double[]> threadCpu = new HashMap<>();
        long samples = 0;
        long gcCount = 0;
        double gcPauseMs = 0;
        double gcMaxMs = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            if ("jdk.ExecutionSample".equals(type)) {
                samples++;
                RecordedThread t = e.getThread("sampledThread");
                byThread.merge(t == null ? "?" : t.getJavaName() == null ? "?" : t.getJavaName().replaceAll("\\d+", "N"), 1L,
                        Long::sum);
                RecordedStackTrace st = e.getStackTrace();
                if (st == null) {
                    continue;
                }
                StringBuilder stack = new StringBuilder();
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (RecordedFrame fr : st.getFrames()) {
                    String m = fr.getMethod().getType().getName() + "." + fr.getMethod().getName();
                    stack.append(m).append(' ');
                    if (m.startsWith("org.grantsplatform") && !m.contains("_Subclass") && !m.contains("_ClientProxy")
                            && !m.contains("$$Lambda") && !m.contains("$quarkusrestinvoker$") && seen.add(m)) {
                        appFrames.merge(m, 1L, Long::sum);
                    }
                }
                String s = stack.toString();
                String cat = "other";
                for (Map.Entry<String, Pattern> c : CATEGORIES.entrySet()) {
                    if (c.getValue().matcher(s).find()) {
                        cat = c.getKey();
                        break;
                    }
                }
                byCategory.merge(cat, 1L, Long::sum);
            } else if ("jdk.ThreadCPULoad".equals(type)) {
                RecordedThread t = e.getThread("eventThread");
                String name = t == null || t.getJavaName() == null ? (t == null ? "?" : t.getOSName()) : t.getJavaName();
                name = name.replaceAll("\\d+", "N");
                double[] acc = threadCpu.computeIfAbsent(name, k -> new double[2]);
                acc[0] += e.getFloat("user") + e.getFloat("system");
                acc[1]++;
            } else if ("jdk.GarbageCollection".equals(type)) {
                gcCount++;
                double ms = e.getDuration("sumOfPauses").toNanos() / 1e6;
                gcPauseMs += ms;
                gcMaxMs = Math.max(gcMaxMs, ms);
            }
        }
        out.append("## ").append(file.getFileName()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%d execution samples. GC: %d collections, %.0f ms paused in all, longest %.0f ms.%n%n",
                samples, gcCount, gcPauseMs, gcMaxMs));
        table(out, "samples by component (first match in the stack)", byCategory, samples, 14);
        table(out, "samples by thread", byThread, samples, 8);
        table(out, "application frames (inclusive)", appFrames, samples, 12);
        Map<String, Long> cpu = new HashMap<>();
        threadCpu.forEach((k, v) -> cpu.put(k, Math.round(v[0] * 1000)));
        long cpuTotal = cpu.values().stream().mapToLong(Long::longValue).sum();
        table(out, "CPU by thread, JIT compilers included (sum of jdk.ThreadCPULoad samples, relative)", cpu, cpuTotal, 10);
    }

    private static void table(StringBuilder out, String title, Map<String, Long> counts, long total, int limit) {
        out.append("| ").append(title).append(" | share |\n| --- | --- |\n");
        counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(limit)
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %.1f%% |%n", e.getKey().replace("|", "/"),
                        total == 0 ? 0 : 100.0 * e.getValue() / total)));
        out.append('\n');
    }
}
