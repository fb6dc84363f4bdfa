package org.grantsplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The lag from the commit of an application's submission in grants-service to the moment
 * reporting-service shows it. Submissions go through the API at a fixed rate (open loop); a
 * consumer of its own, without a group, reads grants.events from its end and notes each submitted
 * event's CloudEvent {@code time} (set in the transaction that commits the change and its outbox
 * row) and its Kafka timestamp (when the relay sent it). A poller asks reporting's database every
 * 10 ms which of the events noted and not yet seen its answering read model has committed (the
 * inbox row that commits with the projection's rows), so an event is visible at the first poll
 * that finds it: lag = that poll's time - event time, late by at most the poll interval.
 * Relay = Kafka timestamp - event time.
 */
final class EventLag {

    private static final String SUBMITTED = "grants.application.submitted.v1";

    private final Args args;
    private final Api api;
    private final Path out;
    private final String programmeId;
    private final String bootstrap;
    private final String jdbc;

    EventLag(Args args, Api api, Path out, String grantsUrl, String programmeId) {
        this.args = args;
        this.api = api;
        this.out = out;
        this.programmeId = programmeId;
        this.bootstrap = args.get("kafka", "127.0.0.1:9092");
        if (!bootstrap.startsWith("127.0.0.1:") && !bootstrap.startsWith("localhost:")) {
            throw new IllegalArgumentException("Kafka must be on 127.0.0.1, not " + bootstrap);
        }
        this.jdbc = args.get("reporting-jdbc", "jdbc:postgresql://127.0.0.1:5432/reporting");
    }

    record Seen(Instant time, long kafkaMs) {
    }

    void run(OpenLoop.Operation submit, double maxHeldRps) {
        List<Double> rates = new ArrayList<>();
        for (String r : args.get("lag-rates", "200,max").split(",")) {
            double rate = "max".equals(r.strip()) ? maxHeldRps : Double.parseDouble(r.strip());
            if (rate >= 1 && rates.stream().noneMatch(x -> Math.abs(x - rate) < 0.5)) {
                rates.add(rate);
            }
        }
        ObjectNode part = Results.object();
        ArrayNode runs = part.putArray("runs");
        boolean first = true;
        for (double rate : rates) {
            ObjectNode r = measure(rate, submit);
            r.put("label", Math.abs(rate - maxHeldRps) < 0.5 ? "max_held" : "fixed");
            runs.add(r);
            if (first) {
                part.set("rate_events_per_s", r.get("rate_events_per_s"));
                part.set("achieved_events_per_s", r.get("achieved_events_per_s"));
                part.set("p50_ms", r.get("p50_ms"));
                part.set("p99_ms", r.get("p99_ms"));
                part.set("relay_p50_ms", r.get("relay_p50_ms"));
                part.set("relay_p99_ms", r.get("relay_p99_ms"));
                part.set("curve", r.get("curve"));
                first = false;
            }
            if (Math.abs(rate - maxHeldRps) < 0.5) {
                part.set("at_max_held_rate_events_per_s", r.get("rate_events_per_s"));
                part.set("at_max_held_achieved_events_per_s", r.get("achieved_events_per_s"));
                part.set("at_max_held_p50_ms", r.get("p50_ms"));
                part.set("at_max_held_p99_ms", r.get("p99_ms"));
            }
            Ladder.pause(2_000);
        }
        Results.writePart(out, "event_lag", part);
    }

    private ObjectNode measure(double rate, OpenLoop.Operation submit) {
        double warmupS = args.number("warmup-s", 3);
        double measureS = args.number("lag-measure-s", 10);
        Map<String, Seen> seen = new ConcurrentHashMap<>();
        VisibilityPoller poller = new VisibilityPoller(jdbc, args.get("pg-user", "postgres"),
                args.get("reporting-group-prefix", "reporting-service"));
        Tail tail = new Tail(seen, poller);
        tail.start();
        tail.awaitReady();
        poller.start();
        Instant measureFrom = Instant.now().plusMillis((long) (warmupS * 1000) + 20);
        OpenLoop.Result load = OpenLoop.run("lag-submit", rate, warmupS, measureS, api.timeoutMs,
                args.integer("max-outstanding", 4_000), submit);
        System.out.println("  " + load.line());
        Instant measureTo = Instant.now();
        // every measured submission's event on the topic (bounded wait), then every one in reporting
        long expected = load.ok();
        long deadline = System.currentTimeMillis() + 20_000;
        while (count(seen, measureFrom, measureTo) < expected && System.currentTimeMillis() < deadline) {
            Ladder.pause(100);
        }
        tail.stop();
        Map<String, Seen> ours = new java.util.HashMap<>();
        seen.forEach((id, s) -> {
            if (!s.time().isBefore(measureFrom) && !s.time().isAfter(measureTo)) {
                ours.put(id, s);
            }
        });
        long waitUntil = System.currentTimeMillis() + (long) (args.number("lag-wait-s", 60) * 1000);
        while (!poller.visible().keySet().containsAll(ours.keySet()) && System.currentTimeMillis() < waitUntil) {
            Ladder.pause(100);
        }
        poller.stop();
        Map<String, Instant> applied = poller.visible();
        Histogram lag = new Histogram(1, 600_000_000L, 3);
        Histogram relay = new Histogram(1, 600_000_000L, 3);
        long missing = 0;
        for (Map.Entry<String, Seen> e : ours.entrySet()) {
            Instant at = applied.get(e.getKey());
            long relayUs = Math.max(1, (e.getValue().kafkaMs() * 1000) - micros(e.getValue().time()));
            relay.recordValue(Math.min(relayUs, relay.getHighestTrackableValue()));
            if (at == null) {
                missing++;
                continue;
            }
            long us = Math.max(1, Duration.between(e.getValue().time(), at).toNanos() / 1000);
            lag.recordValue(Math.min(us, lag.getHighestTrackableValue()));
        }
        ObjectNode r = Results.object();
        r.put("rate_events_per_s", Results.round(rate, 1));
        r.put("submissions_ok", load.ok());
        r.put("submission_errors", load.errors() + load.unfinished());
        r.put("events_measured", ours.size());
        double window = Math.max(0.001, Duration.between(measureFrom, measureTo).toNanos() / 1e9);
        r.put("achieved_events_per_s", Results.round(ours.size() / window, 1));
        if (load.abortedOverload()) {
            r.put("note", "grants-service could not keep up with the rate: the load stopped early with "
                    + "too many requests in flight; the lag is that of the events it committed meanwhile");
        }
        r.put("events_not_applied_in_time", missing);
        ObjectNode l = Results.latency(lag);
        r.set("p50_ms", l.get("p50_ms"));
        r.set("p99_ms", l.get("p99_ms"));
        r.set("max_ms", l.get("max_ms"));
        ObjectNode rl = Results.latency(relay);
        r.set("relay_p50_ms", rl.get("p50_ms"));
        r.set("relay_p99_ms", rl.get("p99_ms"));
        r.set("submit_p99_ms", Results.latency(load.histogram()).get("p99_ms"));
        r.set("curve", Results.curve(lag));
        Results.hgrm(out, "event-lag-" + Math.round(rate), lag);
        System.out.printf("  event lag at %.0f events/s: %d events, p50 %s ms, p99 %s ms, max %s ms "
                + "(relay p50 %s ms, p99 %s ms), %d not applied%n", rate, ours.size(), l.get("p50_ms"),
                l.get("p99_ms"), l.get("max_ms"), rl.get("p50_ms"), rl.get("p99_ms"), missing);
        return r;
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    private static long count(Map<String, Seen> seen, Instant from, Instant to) {
        return seen.values().stream().filter(s -> !s.time().isBefore(from) && !s.time().isAfter(to)).count();
    }

    /** Reads grants.events from its current end, without a consumer group, noting our submitted events. */
    private final class Tail implements Runnable {
        private final Map<String, Seen> seen;
        private final VisibilityPoller poller;
        private volatile boolean running = true;
        private volatile boolean ready;
        private Thread thread;

        Tail(Map<String, Seen> seen, VisibilityPoller poller) {
            this.seen = seen;
            this.poller = poller;
        }

        void start() {
            thread = new Thread(this, "lag-tail");
            thread.setDaemon(true);
            thread.start();
        }

        void awaitReady() {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!ready && System.currentTimeMillis() < deadline) {
                Ladder.pause(50);
            }
            if (!ready) {
                throw new IllegalStateException("could not read grants.events from " + bootstrap);
            }
        }

        void stop() {
            running = false;
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
                List<TopicPartition> parts = c.partitionsFor(args.get("grants-topic", "grants.events"), Duration.ofSeconds(10))
                        .stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
                c.assign(parts);
                c.seekToEnd(parts);
                parts.forEach(c::position);
                ready = true;
                while (running) {
                    for (ConsumerRecord<String, String> rec : c.poll(Duration.ofMillis(20))) {
                        note(rec);
                    }
                }
            } catch (Exception e) {
                System.err.println("lag-tail: " + e);
            }
        }

        private void note(ConsumerRecord<String, String> rec) {
            try {
                JsonNode e = Api.JSON.readTree(rec.value());
                if (!SUBMITTED.equals(e.path("type").asText())
                        || !programmeId.equals(e.path("data").path("application").path("programmeId").asText())) {
                    return;
                }
                String id = e.path("id").asText();
                seen.put(id, new Seen(Instant.parse(e.path("time").asText()), rec.timestamp()));
                poller.add(id);
            } catch (Exception ignored) {
                // not an event of ours
            }
        }
    }
}
