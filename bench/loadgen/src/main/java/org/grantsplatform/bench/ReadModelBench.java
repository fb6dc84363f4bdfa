package org.grantsplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reporting at scale, on a reporting-service of the benchmark's own (the same jar, its own
 * database and its own topics, started by bench/run), so that a million synthetic events never
 * reach the platform's topics or read model:
 * <ul>
 * <li>{@code seed}: creates the topics and publishes the synthetic events straight to Kafka;</li>
 * <li>{@code ingest}: waits (bounded) while the service applies them, and says how fast it did;</li>
 * <li>{@code portfolio}: the portfolio report's latency, open loop, over what the read model holds;</li>
 * <li>{@code rebuild}: POST /api/admin/rebuild and the replay's rate in events per second (bounded).</li>
 * </ul>
 */
final class ReadModelBench {

    private final Args args;
    private final Path out;
    private final String bootstrap;
    private final String prefix;

    ReadModelBench(Args args) {
        this.args = args;
        this.out = Path.of(args.get("out", "bench/results"));
        this.bootstrap = args.get("kafka", "127.0.0.1:9092");
        if (!bootstrap.startsWith("127.0.0.1:") && !bootstrap.startsWith("localhost:")) {
            throw new IllegalArgumentException("Kafka must be on 127.0.0.1, not " + bootstrap);
        }
        this.prefix = args.get("topic-prefix", "bench.");
        if (!prefix.startsWith("bench") || !prefix.endsWith(".")) {
            throw new IllegalArgumentException("the benchmark's topics are named bench*.: not " + prefix);
        }
    }

    // ------------------------------------------------------------------ seed

    void seed() throws Exception {
        int grants = args.integer("grants", 100_000);
        Synthetic s = new Synthetic(args.get("seed", "bench-v1"), args.integer("programmes", 100),
                args.integer("associations", 1_000), grants);
        double budgetS = args.number("seed-budget-s", 180);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> create = new ArrayList<>();
            for (String t : List.of("grants.events", "associations.events")) {
                if (!existing.contains(prefix + t)) {
                    create.add(new NewTopic(prefix + t, 3, (short) 1).configs(Map.of("retention.ms", "-1")));
                }
                if (!existing.contains(prefix + t + ".dlq")) {
                    create.add(new NewTopic(prefix + t + ".dlq", 1, (short) 1).configs(Map.of("retention.ms", "-1")));
                }
            }
            if (!create.isEmpty()) {
                admin.createTopics(create).all().get(30, TimeUnit.SECONDS);
            }
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "1");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        long started = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        AtomicReference<Exception> failed = new AtomicReference<>();
        boolean complete = true;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            List<Synthetic.Event> head = new ArrayList<>();
            for (int i = 0; i < s.programmes; i++) {
                head.add(s.programme(i));
            }
            for (int i = 0; i < s.associations; i++) {
                head.add(s.association(i));
            }
            for (Synthetic.Event e : head) {
                send(producer, e, sent, failed);
            }
            // grants interleaved in blocks, each grant's events in order (they share a key, so a partition)
            int block = 1_000;
            for (int g0 = 0; g0 < grants; g0 += block) {
                for (int k = 0; k < Synthetic.EVENTS_PER_GRANT; k++) {
                    for (int g = g0; g < Math.min(grants, g0 + block); g++) {
                        send(producer, s.grantEvent(g, k), sent, failed);
                    }
                }
                if (failed.get() != null) {
                    throw failed.get();
                }
                if ((System.nanoTime() - started) / 1e9 > budgetS) {
                    complete = false;
                    System.out.printf("seed: time budget of %.0f s spent after %d grants%n", budgetS, g0 + block);
                    break;
                }
                if ((g0 / block) % 20 == 19) {
                    System.out.printf("seed: %d events published%n", sent.get());
                }
            }
            producer.flush();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String group = args.get("applied-group", null);
        if (group != null) {
            markApplied(group);
        }
        ObjectNode part = Results.object();
        part.put("events_published", sent.get());
        part.put("grants", grants);
        part.put("complete", complete);
        part.put("seconds_s", Results.round(seconds, 1));
        part.put("publish_rate_events_per_s", Results.round(sent.get() / seconds, 0));
        Results.writePart(out, "seed", part);
        System.out.printf("seed: %d events on %sgrants.events and %sassociations.events in %.1f s%n", sent.get(),
                prefix, prefix, seconds);
    }

    /**
     * Commits the end of both topics for a consumer group, so that the generation it belongs to
     * starts after the events the fixture writes into its read model directly.
     */
    private void markApplied(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
            for (String t : List.of(prefix + "grants.events", prefix + "associations.events")) {
                for (var info : admin.describeTopics(List.of(t)).allTopicNames().get(30, TimeUnit.SECONDS).get(t).partitions()) {
                    latest.put(new org.apache.kafka.common.TopicPartition(t, info.partition()),
                            org.apache.kafka.clients.admin.OffsetSpec.latest());
                }
            }
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> offsets = new java.util.HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS)
                    .forEach((tp, info) -> offsets.put(tp, new org.apache.kafka.clients.consumer.OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, offsets).all().get(30, TimeUnit.SECONDS);
            System.out.printf("seed: consumer group %s starts at the end of the topics%n", group);
        }
    }

    /** Deletes the benchmark's topics and consumer groups (bounded). */
    void cleanup() throws Exception {
        String groupPrefix = args.get("group-prefix", "bench-reporting");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<String> groups = new ArrayList<>();
            for (var g : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                if (g.groupId().startsWith(groupPrefix + ".")) {
                    groups.add(g.groupId());
                }
            }
            if (!groups.isEmpty()) {
                admin.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
            }
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(prefix)).toList();
            if (!topics.isEmpty()) {
                admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
            }
            System.out.printf("cleanup: deleted topics %s and consumer groups %s%n", topics, groups);
        }
    }

    private void send(KafkaProducer<String, String> producer, Synthetic.Event e, AtomicLong sent,
            AtomicReference<Exception> failed) {
        producer.send(new ProducerRecord<>(prefix + e.topic() + ".events", e.key(), e.value()), (m, ex) -> {
            if (ex != null) {
                failed.compareAndSet(null, ex);
            }
        });
        sent.incrementAndGet();
    }

    // ------------------------------------------------------------------ ingest, rebuild

    /** Waits until the answering generation has applied everything on the topics (or the budget is spent). */
    void ingest(Api api) {
        String reporting = Api.local(args.get("reporting-url", "http://127.0.0.1:28083"));
        double budgetS = args.number("ingest-budget-s", 300);
        long started = System.nanoTime();
        long firstApplied = -1;
        JsonNode state = null;
        System.out.println("ingest: waiting for the read model to apply the synthetic events");
        long lastPrint = 0;
        while (true) {
            state = api.call(api.get(reporting + "/api/admin/rebuild", "admin1"), "rebuild state", 200);
            JsonNode active = state.path("active");
            long applied = active.path("eventsApplied").asLong();
            if (firstApplied < 0) {
                firstApplied = applied;
            }
            JsonNode pending = active.path("pendingEvents");
            double elapsed = (System.nanoTime() - started) / 1e9;
            if (elapsed - lastPrint >= 15) {
                lastPrint = (long) elapsed;
                System.out.printf("ingest: %d applied, %s pending, %.0f s%n", applied, pending.isNull() ? "?" : pending.asText(),
                        elapsed);
            }
            if (!pending.isMissingNode() && !pending.isNull() && pending.asLong() == 0 && applied > 0) {
                break;
            }
            if (elapsed > budgetS) {
                System.out.printf("ingest: time budget of %.0f s spent%n", budgetS);
                break;
            }
            Ladder.pause(1_000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long applied = state.path("active").path("eventsApplied").asLong();
        ObjectNode part = Results.object();
        part.put("events_applied", applied);
        part.put("pending_events", state.path("active").path("pendingEvents").asLong(-1));
        part.put("seconds_s", Results.round(seconds, 1));
        part.put("events_per_s", Results.round((applied - Math.max(0, firstApplied)) / seconds, 0));
        Results.writePart(out, "ingest", part);
    }

    void rebuild(Api api) {
        String reporting = Api.local(args.get("reporting-url", "http://127.0.0.1:28083"));
        double budgetS = args.number("rebuild-budget-s", 120);
        JsonNode before = api.call(api.get(reporting + "/api/admin/rebuild", "admin1"), "rebuild state", 200);
        int from = before.path("active").path("generation").asInt();
        long started = System.nanoTime();
        CpuMeter.Snapshot cpuBefore = CpuMeter.snapshot();
        JsonNode accepted = api.call(api.post(reporting + "/api/admin/rebuild", "admin1"), "start the rebuild", 202);
        int generation = accepted.path("building").path("generation").asInt();
        System.out.printf("rebuild: generation %d replays the topics (generation %d answers meanwhile)%n", generation, from);
        long applied = 0;
        boolean done = false;
        long lastPrint = 0;
        Long pending = null;
        while (true) {
            JsonNode state = api.call(api.get(reporting + "/api/admin/rebuild", "admin1"), "rebuild state", 200);
            double elapsed = (System.nanoTime() - started) / 1e9;
            JsonNode building = state.path("building");
            if (building.isMissingNode() || building.isNull()) {
                if (state.path("active").path("generation").asInt() == generation) {
                    applied = state.path("active").path("eventsApplied").asLong();
                    done = true;
                    break;
                }
            } else {
                applied = building.path("eventsApplied").asLong();
                pending = building.path("pendingEvents").isNull() ? null : building.path("pendingEvents").asLong();
            }
            if (elapsed - lastPrint >= 15) {
                lastPrint = (long) elapsed;
                System.out.printf("rebuild: %d applied, %s pending, %.0f s%n", applied, pending, elapsed);
            }
            if (elapsed > budgetS) {
                System.out.printf("rebuild: time budget of %.0f s spent; the rate is the one so far%n", budgetS);
                break;
            }
            Ladder.pause(500);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ObjectNode cpu = CpuMeter.perOperation(cpuBefore, CpuMeter.snapshot(), applied);
        ObjectNode part = Results.object();
        part.put("events_per_s", Results.round(applied / seconds, 0));
        part.set("cpu_ms_per_event", cpu);
        part.put("events_replayed", applied);
        part.put("seconds_s", Results.round(seconds, 1));
        part.put("completed", done);
        if (!done && pending != null) {
            part.put("pending_events_at_stop", pending);
        }
        part.put("generation", generation);
        Results.writePart(out, "rebuild", part);
        System.out.printf("rebuild: %d events in %.1f s = %.0f events/s%s%n", applied, seconds, applied / seconds,
                done ? "" : " (stopped before the end)");
    }

    // ------------------------------------------------------------------ reporting's side of the event lag

    /**
     * The lag from Kafka to the read model alone, at a rate the APIs may not reach on this
     * machine: submitted events of new synthetic applications, published at a fixed rate (open
     * loop, acks=all) to the benchmark's own topic, each with its CloudEvent time set just before
     * it is sent; visible when the benchmark's reporting-service has committed it (see
     * {@link VisibilityPoller}). The outbox relay is not part of this figure.
     */
    void lag(Api api) throws Exception {
        double rate = args.number("lag-rate", 200);
        double warmupS = args.number("warmup-s", 3);
        double measureS = args.number("lag-measure-s", 10);
        Synthetic s = new Synthetic(args.get("seed", "bench-v1"), args.integer("programmes", 100),
                args.integer("associations", 1_000), args.integer("grants", 100_000));
        String run = Long.toString(System.currentTimeMillis());
        VisibilityPoller poller = new VisibilityPoller(args.get("bench-reporting-jdbc",
                "jdbc:postgresql://127.0.0.1:5432/bench_reporting"), args.get("pg-user", "postgres"), "bench-reporting");
        Map<String, Instant> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
        long warmupOps = (long) Math.ceil(warmupS * rate);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        OpenLoop.Result load;
        poller.start();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.partitionsFor(prefix + "grants.events");
            load = OpenLoop.run("lag-kafka", rate, warmupS, measureS, api.timeoutMs, 4_000, i -> {
                Synthetic.Submitted e = s.submitted(run, i);
                Instant t = Instant.now();
                String value = e.value().replace("\"time\":\"" + Synthetic.PLACEHOLDER_TIME + "\"", "\"time\":\"" + t + "\"");
                String id = e.eventId();
                io.vertx.core.Promise<Void> done = io.vertx.core.Promise.promise();
                producer.send(new ProducerRecord<>(prefix + "grants.events", e.key(), value), (m, ex) -> {
                    if (ex != null) {
                        done.fail(ex);
                    } else {
                        done.complete();
                    }
                });
                if (i >= warmupOps) {
                    sentAt.put(id, t);
                }
                poller.add(id);
                return done.future();
            });
        }
        System.out.println("  " + load.line());
        poller.awaitVisible(sentAt.keySet(), args.number("lag-wait-s", 60));
        poller.stop();
        org.HdrHistogram.Histogram lag = new org.HdrHistogram.Histogram(1, 600_000_000L, 3);
        long missing = 0;
        for (Map.Entry<String, Instant> e : sentAt.entrySet()) {
            Instant at = poller.visible().get(e.getKey());
            if (at == null) {
                missing++;
                continue;
            }
            lag.recordValue(Math.min(Math.max(1, java.time.Duration.between(e.getValue(), at).toNanos() / 1000),
                    lag.getHighestTrackableValue()));
        }
        ObjectNode part = Results.object();
        ObjectNode l = Results.latency(lag);
        part.put("rate_events_per_s", rate);
        part.put("events_measured", sentAt.size());
        part.put("events_not_applied_in_time", missing);
        part.set("p50_ms", l.get("p50_ms"));
        part.set("p99_ms", l.get("p99_ms"));
        part.set("max_ms", l.get("max_ms"));
        part.set("curve", Results.curve(lag));
        part.put("path", "Kafka -> the benchmark's reporting-service (same jar) -> committed; no outbox relay");
        Results.hgrm(out, "event-lag-reporting-" + Math.round(rate), lag);
        Results.writePart(out, "event_lag_reporting", part);
        System.out.printf("  reporting-side lag at %.0f events/s: %d events, p50 %s ms, p99 %s ms, max %s ms, %d not applied%n",
                rate, sentAt.size(), l.get("p50_ms"), l.get("p99_ms"), l.get("max_ms"), missing);
    }

    // ------------------------------------------------------------------ portfolio

    void portfolio(Api api) throws Exception {
        String reporting = Api.local(args.get("reporting-url", "http://127.0.0.1:28083"));
        String url = reporting + "/api/reports/portfolio?groupBy=" + args.get("group-by", "programme");
        String user = args.get("portfolio-user", "pm1");
        api.token(user);
        JsonNode sample = api.call(api.get(url, user), "portfolio", 200);
        long applications = 0;
        long awards = 0;
        for (JsonNode row : sample.path("rows")) {
            applications += row.path("applications").asLong();
            awards += row.path("awards").asLong();
        }
        OpenLoop.Operation op = i -> api.get(url, user).compose(r -> r.statusCode() == 200 ? Future.succeededFuture(r)
                : Future.failedFuture(new OpenLoop.StatusException(r.statusCode(), r.bodyAsString())));
        double rate = args.number("portfolio-rate", 4);
        OpenLoop.Result warm = OpenLoop.run("portfolio-jit", rate, args.number("portfolio-warmup-s", 8), 0.001,
                api.timeoutMs, 200, op);
        OpenLoop.Result r = OpenLoop.run("portfolio", rate, args.number("warmup-s", 3), args.number("portfolio-measure-s", 20),
                api.timeoutMs, 200, op);
        System.out.println("  " + r.line());
        ObjectNode part = Results.object();
        ObjectNode l = Results.latency(r.histogram());
        part.set("p50_ms", l.get("p50_ms"));
        part.set("p95_ms", l.get("p95_ms"));
        part.set("p99_ms", l.get("p99_ms"));
        part.put("rate_rps", rate);
        part.put("group_by", args.get("group-by", "programme"));
        part.put("rows", sample.path("rows").size());
        part.put("applications_in_report", applications);
        part.put("grants_in_read_model", awards);
        part.put("errors", r.errors() + r.unfinished());
        counts(part);
        part.set("curve", Results.curve(r.histogram()));
        Results.hgrm(out, "portfolio", r.histogram());
        Results.writePart(out, "portfolio", part);
    }

    /** What the answering generation holds, counted in its schema. */
    private void counts(ObjectNode part) {
        String jdbc = args.get("bench-reporting-jdbc", "jdbc:postgresql://127.0.0.1:5432/bench_reporting");
        Properties props = new Properties();
        props.put("user", args.get("pg-user", "postgres"));
        try (Connection c = DriverManager.getConnection(jdbc, props); Statement st = c.createStatement()) {
            String schema;
            try (ResultSet rs = st.executeQuery("select schema_name from public.read_model_generation where status = 'ACTIVE'")) {
                if (!rs.next()) {
                    return;
                }
                schema = rs.getString(1);
            }
            try (ResultSet rs = st.executeQuery("select (select count(*) from " + schema + ".grant_award), "
                    + "(select count(*) from " + schema + ".application), (select count(*) from " + schema + ".grant_timeline), "
                    + "(select count(*) from public.inbox_event)")) {
                rs.next();
                part.put("grant_rows", rs.getLong(1));
                part.put("application_rows", rs.getLong(2));
                part.put("timeline_events", rs.getLong(3));
                part.put("events_in_read_model", rs.getLong(4));
            }
        } catch (Exception e) {
            System.err.println("portfolio: could not count the read model's rows: " + e.getMessage());
        }
    }
}
