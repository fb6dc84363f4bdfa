package org.grantsplatform.runtime.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs the relay on its own thread: shortly after a commit that wrote events (coalesce-ms, so that
 * the commits of that window go out in one relay transaction and one produce request), otherwise
 * every poll interval (events written by another replica), backing off while the broker or the
 * database is away.
 */
@ApplicationScoped
public class OutboxRelayWorker {

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final OutboxRelay relay;
    private final boolean enabled;
    private final int batchSize;
    private final long pollIntervalMs;
    private final long coalesceMs;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private volatile long lastFailureAt;
    private Thread thread;

    @Inject
    public OutboxRelayWorker(OutboxRelay relay, RelaySettings settings) {
        this.relay = relay;
        this.enabled = settings.enabled();
        this.batchSize = settings.batchSize();
        this.pollIntervalMs = settings.pollIntervalMs();
        this.coalesceMs = settings.coalesceMs();
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(10_000);
        }
    }

    /** Called after a transaction that wrote events committed. */
    public void wakeUp() {
        wakeUps.release();
    }

    /** True when the last attempt to relay failed (broker or database away). */
    public boolean failing() {
        return lastFailureAt > 0;
    }

    private void loop() {
        long backoffMs = 100;
        while (running) {
            try {
                int sent = relay.relayBatch(batchSize);
                if (lastFailureAt > 0) {
                    LOG.infof("outbox relay recovered after %d ms", System.currentTimeMillis() - lastFailureAt);
                    lastFailureAt = 0;
                }
                backoffMs = 100;
                if (sent < batchSize && wakeUps.tryAcquire(pollIntervalMs, TimeUnit.MILLISECONDS) && coalesceMs > 0) {
                    Thread.sleep(coalesceMs);
                }
                wakeUps.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                if (lastFailureAt == 0) {
                    lastFailureAt = System.currentTimeMillis();
                    LOG.warnf("outbox relay cannot publish, retrying: %s", e.getMessage());
                }
                if (!sleep(backoffMs)) {
                    return;
                }
                backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
            }
        }
    }

    private boolean sleep(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
