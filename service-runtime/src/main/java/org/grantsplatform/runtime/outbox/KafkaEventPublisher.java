package org.grantsplatform.runtime.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's one Kafka producer: {@code acks=all} and idempotence, keyed by aggregate id, so the
 * broker keeps each aggregate's events in order on one partition. A producer that failed is
 * closed and made anew on the next call rather than trusted again.
 */
@ApplicationScoped
public class KafkaEventPublisher implements EventPublisher {

    private static final long ACK_TIMEOUT_MS = 30_000;
    private static final String CONTENT_TYPE = "content-type";
    private static final byte[] STRUCTURED_JSON = "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8);

    private final String bootstrapServers;
    private Producer<String, String> producer;

    @Inject
    public KafkaEventPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void publishAll(List<OutboxRecord> records) {
        List<ProducerRecord<String, String>> out = new ArrayList<>(records.size());
        for (OutboxRecord r : records) {
            ProducerRecord<String, String> record = new ProducerRecord<>(r.topic(), r.key(), r.payload());
            // Each value is a structured-mode CloudEvent, and the Kafka protocol binding (3.3.1) tells a receiver
            // so only by this header: without it, SDK consumers read binary mode and find no event.
            record.headers().add(CONTENT_TYPE, STRUCTURED_JSON);
            out.add(record);
        }
        sendAll(out);
    }

    /** Sends and waits for the broker's acknowledgement of every record. */
    public synchronized void sendAll(List<ProducerRecord<String, String>> records) {
        Producer<String, String> p = producer();
        try {
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            for (ProducerRecord<String, String> r : records) {
                acks.add(p.send(r));
            }
            p.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            throw new EventPublishingException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            discard();
            throw new EventPublishingException("broker did not acknowledge: " + e.getMessage(), e);
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            // Fail a send within seconds during an outage so the relay backs off and retries the batch.
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(props);
        }
        return producer;
    }

    private void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
