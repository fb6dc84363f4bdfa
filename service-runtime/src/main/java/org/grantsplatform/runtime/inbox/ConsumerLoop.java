package org.grantsplatform.runtime.inbox;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The thread every consumer of the platform polls on: a KafkaConsumer made anew after a failure,
 * a poll step repeated while running, a growing pause while the step asks for a retry, and
 * {@link #stop()} waking a waiting poll up. What a consumer does with its records (inbox, batches,
 * offsets) is the step's business.
 */
public final class ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    private static final long MIN_BACKOFF_MS = 100;
    private static final long MAX_BACKOFF_MS = 5_000;

    /** What a consumer does with its own KafkaConsumer; every method runs on the loop's thread. */
    public interface Steps {

        /** A new consumer: subscribe, reset what belonged to the one before. */
        void opened(KafkaConsumer<String, String> consumer);

        /** One poll and what follows it. @return true when a record must be retried later. */
        boolean poll(KafkaConsumer<String, String> consumer);

        /** The loop was stopped while this consumer was open; it is closed right after. */
        default void stopping(KafkaConsumer<String, String> consumer) {
        }
    }

    private final String name;
    private final Properties config;
    private final Steps steps;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public ConsumerLoop(String name, Properties config, Steps steps) {
        this.name = name;
        this.config = config;
        this.steps = steps;
    }

    /**
     * What every consumer of the platform shares: offsets committed by hand, from the earliest
     * offset for a new group, committed records only, and a killed instance's partitions handed on
     * after 10 s rather than Kafka's default 45 s (the fault tests measured 62 s of recovery with
     * the default).
     */
    public static Properties baseConfig(String bootstrapServers, String group) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns once the loop has ended (at most 10 s), unless called from the loop itself. */
    public void stop() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null && thread != Thread.currentThread()) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long backoffMs = MIN_BACKOFF_MS;
        while (running) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config)) {
                consumer = c;
                try {
                    steps.opened(c);
                    while (running) {
                        if (steps.poll(c)) {
                            Thread.sleep(backoffMs);
                            backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
                        } else {
                            backoffMs = MIN_BACKOFF_MS;
                        }
                    }
                } catch (WakeupException e) {
                    // stop() woke a poll up
                }
                steps.stopping(c);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("consumer %s restarting: %s", name, e.getMessage());
                pause(backoffMs);
            } finally {
                consumer = null;
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
