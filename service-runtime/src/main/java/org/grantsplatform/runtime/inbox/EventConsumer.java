package org.grantsplatform.runtime.inbox;

import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final String bootstrapServers;
    private final String group;
    private final Optional<List<String>> topics;
    private final RecordProcessor processor;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    @Inject
    public EventConsumer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "platform.consumer.group") Optional<String> group,
            @ConfigProperty(name = "platform.consumer.topics") Optional<List<String>> topics,
            @All List<EventHandler> handlers, Inbox inbox, KafkaEventPublisher publisher) {
        this.bootstrapServers = bootstrapServers;
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
                c.subscribe(topics.get());
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
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean retry = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                if (processor.process(record) == RecordProcessor.Outcome.RETRY) {
                    c.seek(partition, record.offset());
                    retry = true;
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
        return retry;
    }

    private Properties config() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
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
