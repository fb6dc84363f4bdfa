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
public class EventConsumer implements ConsumerLoop.Steps {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final String bootstrapServers;
    private final String group;
    private final Optional<List<String>> topics;
    private final RecordProcessor processor;
    private final long commitIntervalMs;
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private long lastCommitAt;
    private ConsumerLoop loop;

    @Inject
    public EventConsumer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            ConsumerSettings settings, @All List<EventHandler> handlers, Inbox inbox, KafkaEventPublisher publisher) {
        this.bootstrapServers = bootstrapServers;
        this.commitIntervalMs = settings.commitIntervalMs();
        this.group = settings.group().orElse("unnamed");
        this.topics = settings.topics();
        this.processor = new RecordProcessor(this.group, handlers, inbox::applyOnce,
                dead -> publisher.sendAll(List.of(dead)));
    }

    void start(@Observes StartupEvent event) {
        if (topics.isEmpty() || topics.get().isEmpty()) {
            return;
        }
        loop = new ConsumerLoop("event-consumer", config(), this);
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (loop != null) {
            loop.stop();
        }
    }

    @Override
    public void opened(KafkaConsumer<String, String> c) {
        uncommitted.clear();
        c.subscribe(topics.get(), new CommitBeforeRevoke(c));
    }

    @Override
    public boolean poll(KafkaConsumer<String, String> c) {
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
    @Override
    public void stopping(KafkaConsumer<String, String> c) {
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
        Properties props = ConsumerLoop.baseConfig(bootstrapServers, group);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        // Under load the broker answers a fetch once a few events have gathered (within 100 ms)
        // rather than once per event.
        props.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 8192);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        return props;
    }
}
