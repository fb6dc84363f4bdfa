package org.grantsplatform.reporting.readmodel;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.grantsplatform.runtime.inbox.ConsumerLoop;
import org.grantsplatform.runtime.inbox.RecordProcessor;

/**
 * Feeds one read-model generation from the topics, in its own consumer group from the earliest
 * offset: each partition's batch in one transaction, and a batch that fails record by record
 * through the runtime's {@link RecordProcessor} (inbox, dead letters, retries). It polls on the
 * runtime's {@link ConsumerLoop} like the runtime's EventConsumer, but can be stopped on its own and
 * says how far behind it is, which a rebuild needs to know when to switch.
 */
final class GenerationConsumer implements ConsumerLoop.Steps {

    private static final long LAG_CHECK_MS = 1_000;
    /** Batches applied at once while they are independent: as many as a poll brings partitions, about. */
    private static final int WORKERS = 3;

    /** Records not yet applied (null until known) and the Kafka time of the newest applied one. */
    record Progress(Long pendingEvents, Instant newestEventAt, long applied) {
    }

    private final String bootstrapServers;
    private final String group;
    private final List<String> topics;
    private final BatchApplier batches;
    private final RecordProcessor processor;
    private final Runnable onCaughtUp;
    private final ConsumerLoop loop;
    private volatile Progress progress = new Progress(null, null, 0);
    private Set<TopicPartition> all;
    private boolean caughtUpOnce;
    private long lastLagCheck;
    private ExecutorService workers;

    GenerationConsumer(String bootstrapServers, String group, List<String> topics, BatchApplier batches,
            RecordProcessor processor, Runnable onCaughtUp) {
        this.bootstrapServers = bootstrapServers;
        this.group = group;
        this.topics = topics;
        this.batches = batches;
        this.processor = processor;
        this.onCaughtUp = onCaughtUp;
        this.loop = new ConsumerLoop("read-model-" + group, config(), this);
    }

    String group() {
        return group;
    }

    Progress progress() {
        return progress;
    }

    void start() {
        workers = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "read-model-" + group + "-batch");
            t.setDaemon(true);
            return t;
        });
        loop.start();
    }

    void stop() {
        loop.stop();
        if (workers != null) {
            workers.shutdown();
        }
    }

    @Override
    public void opened(KafkaConsumer<String, String> c) {
        c.subscribe(topics);
        all = partitions(c);
    }

    @Override
    public boolean poll(KafkaConsumer<String, String> c) {
        ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean retry = false;
        long applied = 0;
        long newest = progress.newestEventAt() == null ? 0 : progress.newestEventAt().toEpochMilli();
        Map<TopicPartition, Boolean> batchesApplied = applyBatches(records);
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, String>> batch = records.records(partition);
            if (batchesApplied.get(partition)) {
                applied += batch.size();
                for (ConsumerRecord<String, String> record : batch) {
                    newest = Math.max(newest, record.timestamp());
                }
                done.put(partition, new OffsetAndMetadata(batch.get(batch.size() - 1).offset() + 1));
                continue;
            }
            for (ConsumerRecord<String, String> record : batch) {
                if (processor.process(record) == RecordProcessor.Outcome.RETRY) {
                    c.seek(partition, record.offset());
                    retry = true;
                    break;
                }
                applied++;
                newest = Math.max(newest, record.timestamp());
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            c.commitSync(done);
        }
        Instant newestAt = newest == 0 ? null : Instant.ofEpochMilli(newest);
        progress = new Progress(progress.pendingEvents(), newestAt, progress.applied() + applied);
        long now = System.currentTimeMillis();
        if (!retry && (records.isEmpty() || now - lastLagCheck >= LAG_CHECK_MS)) {
            lastLagCheck = now;
            measureLag(c);
        }
        return retry;
    }

    /**
     * Each partition's batch in its own transaction: at once on the workers while the batches are
     * independent of each other (a rebuild, which leaves the portfolio totals to one count at the
     * end; rows written by two batches keep the newest version in any order), so that the database
     * and this process work at the same time; one after the other once the writes keep totals.
     */
    private Map<TopicPartition, Boolean> applyBatches(ConsumerRecords<String, String> records) {
        Map<TopicPartition, Boolean> applied = new HashMap<>();
        if (records.partitions().size() < 2 || !batches.independent()) {
            records.partitions().forEach(p -> applied.put(p, batches.tryApply(records.records(p))));
            return applied;
        }
        Map<TopicPartition, Future<Boolean>> running = new HashMap<>();
        records.partitions().forEach(p -> running.put(p, workers.submit(() -> batches.tryApply(records.records(p)))));
        try {
            for (Map.Entry<TopicPartition, Future<Boolean>> r : running.entrySet()) {
                applied.put(r.getKey(), r.getValue().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying batches", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch failed: " + e.getCause(), e.getCause());
        }
        return applied;
    }

    private void measureLag(KafkaConsumer<String, String> c) {
        Set<TopicPartition> assigned = c.assignment();
        if (!assigned.containsAll(all)) {
            return;
        }
        Map<TopicPartition, Long> end = c.endOffsets(assigned);
        long pending = 0;
        for (TopicPartition p : assigned) {
            pending += Math.max(0, end.get(p) - c.position(p));
        }
        progress = new Progress(pending, progress.newestEventAt(), progress.applied());
        if (pending == 0 && !caughtUpOnce) {
            onCaughtUp.run();
            caughtUpOnce = true;
        }
    }

    private Set<TopicPartition> partitions(KafkaConsumer<String, String> c) {
        Set<TopicPartition> all = new HashSet<>();
        for (String topic : topics) {
            c.partitionsFor(topic).forEach(p -> all.add(new TopicPartition(topic, p.partition())));
        }
        return all;
    }

    private Properties config() {
        Properties props = ConsumerLoop.baseConfig(bootstrapServers, group);
        // larger batches for a replay: one transaction and a statement per table per batch
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
        // half the default per partition: a poll spans more partitions (batches applied at once) and
        // the records buffered stay a few megabytes
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 512 * 1024);
        return props;
    }
}
