package org.grantsplatform.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time the platform's processes spend, from /proc (user + system clock ticks of every process
 * whose command line names the component and this platform's home, and of every PostgreSQL
 * process, which the machine's copies of the platform share), so that a run can say
 * what one operation costs each of them. Linux only; elsewhere it measures nothing.
 */
final class CpuMeter {

    private static final long HZ = 100; // USER_HZ on Linux
    static final String[] COMPONENTS = { "associations", "grants", "reporting", "kafka", "keycloak", "postgres", "loadgen",
        "bench-reporting" };
    /** Other platforms may run on the same machine; only this run's (bench/run passes its PLATFORM_HOME) count. */
    private static final String HOME = System.getProperty("bench.platform.home", "");


    record Snapshot(long nanos, Map<String, Long> ticks, long machineBusyTicks) {
    }

    private CpuMeter() {
    }

    static Snapshot snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (String c : COMPONENTS) {
            ticks.put(c, 0L);
        }
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path p : procs) {
                String component = componentOf(p, self);
                if (component != null) {
                    ticks.merge(component, ticks(p), Long::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            return new Snapshot(System.nanoTime(), ticks, 0);
        }
        return new Snapshot(System.nanoTime(), ticks, machineBusy());
    }

    private static String componentOf(Path proc, long self) {
        try {
            if (Long.parseLong(proc.getFileName().toString()) == self) {
                return "loadgen";
            }
            String stat = Files.readString(proc.resolve("stat"));
            String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            if ("postgres".equals(comm)) {
                return "postgres";
            }
            if (!comm.startsWith("java")) {
                return null;
            }
            String cmd = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
            for (String c : COMPONENTS) {
                if (cmd.contains("-Dplatform.component=" + c + " -Dplatform.home=" + HOME)) {
                    return c;
                }
            }
            return cmd.contains("-Dbench.component=bench-reporting -Dbench.platform.home=" + HOME + " ") ? "bench-reporting"
                    : null;
        } catch (IOException | RuntimeException e) {
            return null; // gone meanwhile
        }
    }

    private static long ticks(Path proc) {
        try {
            String stat = Files.readString(proc.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Milliseconds of CPU per operation for each component, the rest of the machine, and the machine's busy share. */
    static ObjectNode perOperation(Snapshot a, Snapshot b, long operations) {
        ObjectNode o = Results.object();
        if (operations <= 0 || b.machineBusyTicks() == 0) {
            return o;
        }
        long ours = 0;
        for (String c : COMPONENTS) {
            long d = Math.max(0, b.ticks().getOrDefault(c, 0L) - a.ticks().getOrDefault(c, 0L));
            ours += d;
            o.put(c + "_ms", Results.round(d * 1000.0 / HZ / operations, 2));
        }
        long busy = b.machineBusyTicks() - a.machineBusyTicks();
        o.put("rest_of_machine_ms", Results.round(Math.max(0, busy - ours) * 1000.0 / HZ / operations, 2));
        double seconds = (b.nanos() - a.nanos()) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        o.put("machine_busy_pct", Results.round(100.0 * busy / HZ / seconds / cores, 0));
        o.put("operations", operations);
        return o;
    }
}
