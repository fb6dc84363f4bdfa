package org.grantsplatform.runtime.inbox;

import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.grantsplatform.runtime.outbox.KafkaEventPublisher;
import org.jboss.logging.Logger;

/**
 * Consumes the configured topics on its own thread and hands each record to the inbox. Offsets
 * are committed only past records that were applied, skipped or dead-lettered; a record that
 * must be retried rewinds its partition, so nothing is lost and other partitions keep moving.
 * Offsets are committed at most once per commit interval (and when the topics fall quiet or a
 * partition is taken away) rather than after every poll: a crash then redelivers at most that
 * interval's records, which the inbox drops, and the broker is spared a commit per event.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final String bootstrapServers;
    private final String group;
    private final Optional<List<String>> topics;
    private final RecordProcessor processor;
    private final long commitIntervalMs;
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private long lastCommitAt;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    @Inject
    public EventConsumer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "platform.consumer.group") Optional<String> group,
            @ConfigProperty(name = "platform.consumer.topics") Optional<List<String>> topics,
            @ConfigProperty(name = "platform.consumer.commit-interval-ms", defaultValue = "1000") long commitIntervalMs,
            @All List<EventHandler> handlers, Inbox inbox, KafkaEventPublisher publisher) {
        this.bootstrapServers = bootstrapServers;
        this.commitIntervalMs = commitIntervalMs;
        this.group = group.orElse("unnamed");
        this.topics = topics;
        this.processor = new RecordProcessor(this.group, handlers, inbox::applyOnce,
                dead -> publisher.sendAll(List.of(dead)));
    }

    void start(@Observes StartupEvent event) {
        if (topics.isEmpty() || topics.get().isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "event-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    private void loop() {
        long backoffMs = 100;
        while (running) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config())) {
                consumer = c;
                uncommitted.clear();
                c.subscribe(topics.get(), new CommitBeforeRevoke(c));
                try {
                    while (running) {
                        boolean retry = pollOnce(c);
                        if (retry) {
                            Thread.sleep(backoffMs);
                            backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
                        } else {
                            backoffMs = 100;
                        }
                    }
                } catch (WakeupException e) {
                    // stop() woke the poll up; what was applied is committed below.
                }
                commitAtStop(c);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("event consumer restarting: %s", e.getMessage());
                pause(backoffMs);
            } finally {
                consumer = null;
            }
        }
    }

    /** @return true when a record must be retried later. */
    private boolean pollOnce(KafkaConsumer<String, String> c) {
        ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
        boolean retry = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                if (processor.process(record) == RecordProcessor.Outcome.RETRY) {
                    c.seek(partition, record.offset());
                    retry = true;
                    break;
                }
                uncommitted.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (records.isEmpty() || System.currentTimeMillis() - lastCommitAt >= commitIntervalMs) {
            commit(c);
        }
        return retry;
    }

    private void commit(KafkaConsumer<String, String> c) {
        if (!uncommitted.isEmpty()) {
            c.commitSync(uncommitted);
            uncommitted.clear();
        }
        lastCommitAt = System.currentTimeMillis();
    }

    /** What is not committed here is redelivered at the next start and dropped by the inbox. */
    private void commitAtStop(KafkaConsumer<String, String> c) {
        try {
            if (!uncommitted.isEmpty()) {
                c.commitSync(uncommitted, Duration.ofSeconds(2));
            }
        } catch (RuntimeException e) {
            LOG.debugf("offsets not committed at shutdown: %s", e.getMessage());
        }
    }

    /** A partition moving to another consumer takes the offsets applied here with it. */
    private final class CommitBeforeRevoke implements ConsumerRebalanceListener {

        private final KafkaConsumer<String, String> c;

        CommitBeforeRevoke(KafkaConsumer<String, String> c) {
            this.c = c;
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commit(c);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            uncommitted.keySet().removeAll(partitions);
        }
    }

    private Properties config() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // Under load the broker answers a fetch once a few events have gathered (within 100 ms)
        // rather than once per event.
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 8192);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A killed instance's partitions move to the others (or to its restart) after 10 s, not
        // Kafka's default 45 s (the fault tests measured 62 s of recovery with the default).
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
