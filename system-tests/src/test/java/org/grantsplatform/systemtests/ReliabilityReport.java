package org.grantsplatform.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The figures of every fault scenario, as a Markdown table in target/reliability-report.md and in the log. */
final class ReliabilityReport {

    private static final Path FILE = Path.of(System.getProperty("faults.report", "target/reliability-report.md"));
    private static final List<Row> ROWS = new ArrayList<>();

    record Row(String scenario, long changes, long requests, long records, long distinctEvents,
            long redelivered, long deadLettered, long appliedByGrants, long appliedByReporting, long effectsDuplicated,
            long serverErrors, long connectionFailures, long retriedOk, long notCompleted, long recoveryMillis,
            String readiness) {
    }

    private ReliabilityReport() {
    }

    static synchronized void add(Row row) {
        ROWS.add(row);
        System.out.println("[reliability] " + row);
        StringBuilder md = new StringBuilder("""
                # Reliability under faults

                Written by FaultToleranceTest (system-tests) at %s. Per scenario: state changes the client made
                (and saw committed), HTTP requests it sent, records appended to the event topics, distinct events
                among them (the rest: events the outbox relay published again), records dead-lettered (must be 0),
                events applied by grants-service (association events) and reporting-service, effects duplicated in
                reporting-service (read model against the sources; must be 0), 5xx answers and requests without an answer the client saw, how
                many of those were then retried successfully and how many were not, and the time from the repair
                (restart) to the first moment every instance was ready, every outbox empty and no consumer group
                behind (with the load still running).

                | scenario | changes | requests | records | events | redelivered | dead-lettered | applied (grants) | applied (reporting) | effects duplicated | 5xx | no answer | retried OK | not completed | recovery (s) |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                """.formatted(Instant.now()));
        for (Row r : ROWS) {
            md.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s |%n".formatted(
                    r.scenario(), r.changes(), r.requests(), r.records(), r.distinctEvents(), r.redelivered(),
                    r.deadLettered(), r.appliedByGrants(),
                    r.appliedByReporting(), r.effectsDuplicated(), r.serverErrors(), r.connectionFailures(),
                    r.retriedOk(), r.notCompleted(),
                    r.recoveryMillis() < 0 ? "not seen" : "%.1f".formatted(r.recoveryMillis() / 1000.0)));
        }
        md.append("\nReadiness (/q/health/ready, polled every 100 ms per instance):\n\n");
        for (Row r : ROWS) {
            md.append("- ").append(r.scenario()).append(": ").append(r.readiness()).append('\n');
        }
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
