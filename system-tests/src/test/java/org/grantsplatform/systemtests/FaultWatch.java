package org.grantsplatform.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.grantsplatform.events.Topics;

/**
 * Watches the platform while a fault happens: every service's readiness (a few times a second),
 * and how far behind the platform is (rows in the outboxes, records the consumer groups have not
 * committed yet). It tells whether a service went down and came back, and when, after the fault
 * was repaired, the platform first had nothing left to catch up on.
 */
final class FaultWatch implements AutoCloseable {

    private static final List<String> GROUP_PREFIXES = List.of("grants-service", "reporting-service");
    private static final List<String> DATABASES = List.of("associations", "grants", "reporting");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, Integer> ports;
    private final Map<String, Readiness> readiness = new ConcurrentHashMap<>();
    private final Admin admin;
    private final List<Thread> readinessThreads = new ArrayList<>();
    private final Thread backlogThread;
    private volatile boolean running = true;
    private volatile long repairedAt;
    private volatile long caughtUpAt;
    private final Set<String> gone = ConcurrentHashMap.newKeySet();

    /** Readiness of one service instance: when it was first seen not ready, and ready again after that. */
    static final class Readiness {
        volatile long firstDownAt;
        volatile long upAgainAt;
        volatile int lastStatus;
        volatile int downStatus;
        volatile boolean answeredNotReady;

        boolean wentDownAndCameBack() {
            return firstDownAt > 0 && upAgainAt > firstDownAt;
        }

        @Override
        public String toString() {
            return firstDownAt == 0 ? "always ready (last " + lastStatus + ")"
                    : "not ready (" + (downStatus < 0 ? "no answer" : "HTTP " + downStatus) + ")"
                            + (upAgainAt > 0 ? ", ready again " + (upAgainAt - firstDownAt) + " ms later"
                                    : ", not ready again (last " + lastStatus + ")");
        }
    }

    /** @param ports instance name (associations, grants-2, ...) to its HTTP port */
    FaultWatch(Map<String, Integer> ports) {
        this.ports = new LinkedHashMap<>(ports);
        ports.keySet().forEach(name -> readiness.put(name, new Readiness()));
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_500);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        admin = Admin.create(config);
        // one thread per instance, so that a slow answer of one does not hide a short outage of another
        this.ports.forEach((name, port) -> readinessThreads.add(new Thread(() -> watchReadiness(name, port),
                "fault-watch-" + name)));
        backlogThread = new Thread(this::watchBacklog, "fault-watch-backlog");
        readinessThreads.forEach(t -> {
            t.setDaemon(true);
            t.start();
        });
        backlogThread.setDaemon(true);
        backlogThread.start();
    }

    Readiness readiness(String instance) {
        return readiness.get(instance);
    }

    String readinessSummary() {
        return ports.keySet().stream().map(name -> name + ": " + readiness.get(name))
                .collect(Collectors.joining("; "));
    }

    /**
     * The fault is repaired (component restarted, or the survivors took over from the instances
     * {@code gone}); from now on the watch looks for the platform caught up.
     */
    void repaired(String... gone) {
        this.gone.addAll(List.of(gone));
        caughtUpAt = 0;
        repairedAt = System.currentTimeMillis();
    }

    /** Milliseconds from the repair to the first moment everything was ready with no backlog, or -1. */
    long recoveryMillis() {
        return caughtUpAt > 0 && repairedAt > 0 ? caughtUpAt - repairedAt : -1;
    }

    private void watchReadiness(String name, int port) {
        Readiness r = readiness.get(name);
        while (running) {
            long now = System.currentTimeMillis();
            int status = ready(port);
            r.lastStatus = status;
            r.answeredNotReady |= status == 503;
            if (status != 200 && r.firstDownAt == 0) {
                r.firstDownAt = now;
                r.downStatus = status;
            } else if (status == 200 && r.firstDownAt > 0 && r.upAgainAt == 0) {
                r.upAgainAt = now;
            }
            sleep(100);
        }
    }

    private void watchBacklog() {
        while (running) {
            if (repairedAt > 0 && caughtUpAt == 0) {
                long sampledAt = System.currentTimeMillis();
                boolean allReady = readiness.entrySet().stream()
                        .allMatch(e -> gone.contains(e.getKey()) || e.getValue().lastStatus == 200);
                if (allReady && outboxRows() == 0 && consumerLag() == 0) {
                    caughtUpAt = sampledAt;
                }
            }
            sleep(250);
        }
    }

    private int ready(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.url(port, "/q/health/ready")))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Rows waiting in every service's outbox; -1 when a database does not answer. */
    static long outboxRows() {
        long total = 0;
        for (String db : DATABASES) {
            try {
                total += Platform.count(db, "select count(*) from outbox_event");
            } catch (IllegalStateException e) {
                return -1;
            }
        }
        return total;
    }

    /** Records on the event topics not yet committed by the services' consumer groups; -1 when unknown. */
    long consumerLag() {
        try {
            Set<String> groups = admin.listConsumerGroups().all().get(3, TimeUnit.SECONDS).stream()
                    .map(g -> g.groupId())
                    .filter(id -> GROUP_PREFIXES.stream().anyMatch(id::startsWith))
                    .collect(Collectors.toSet());
            long lag = 0;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group,
                        new ListConsumerGroupOffsetsOptions()).partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream().filter(tp -> !tp.topic().endsWith(".dlq"))
                        .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest, new ListOffsetsOptions()).all().get(3, TimeUnit.SECONDS);
                for (var entry : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(entry.getKey());
                    lag += entry.getValue().offset() - (at == null ? 0 : at.offset());
                }
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Members of the stable consumer group whose id starts with the prefix (the most, if several). */
    int groupMembers(String prefix) throws Exception {
        List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                .map(g -> g.groupId()).filter(id -> id.startsWith(prefix)).toList();
        return admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS).values().stream()
                .mapToInt(g -> g.members().size()).max().orElse(0);
    }

    /** The end offset of every partition of the event topics. */
    Map<TopicPartition, Long> endOffsets() throws Exception {
        return endOffsets(List.of(Topics.ASSOCIATIONS, Topics.GRANTS));
    }

    /** Records in the dead-letter topics. */
    long deadLetters() throws Exception {
        return endOffsets(List.of(Topics.deadLetterOf(Topics.ASSOCIATIONS), Topics.deadLetterOf(Topics.GRANTS)))
                .values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> endOffsets(List<String> topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        var descriptions = admin.describeTopics(topics).allTopicNames()
                .get(10, TimeUnit.SECONDS);
        descriptions.forEach((topic, description) -> description.partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : readinessThreads) {
            t.join(5_000);
        }
        backlogThread.join(5_000);
        admin.close(Duration.ofSeconds(2));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
