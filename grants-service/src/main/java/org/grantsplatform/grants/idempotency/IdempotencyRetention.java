package org.grantsplatform.grants.idempotency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Deletes the keys older than the retention every prune interval. {@link Idempotency} already treats such a key
 * as new; this only keeps the table to a day's keys. Replicas may prune at once: a row two of them delete goes once.
 */
@ApplicationScoped
public class IdempotencyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyRetention.class);

    private final Idempotency idempotency;
    private final Duration retention;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    @Inject
    public IdempotencyRetention(Idempotency idempotency, IdempotencySettings settings) {
        if (settings.retention().compareTo(Duration.ZERO) <= 0
                || settings.pruneInterval().compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("platform.idempotency.retention and prune-interval must be positive");
        }
        this.idempotency = idempotency;
        this.retention = settings.retention();
        this.interval = settings.pruneInterval();
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "idempotency-retention");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::pruneNow, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** @return how many keys older than the retention before {@code now} were deleted */
    int pruneNow() {
        try {
            int deleted = idempotency.prune(Instant.now().minus(retention));
            if (deleted > 0) {
                LOG.infof("pruned %d idempotency keys older than %s", deleted, retention);
            }
            return deleted;
        } catch (RuntimeException e) {
            LOG.warnf("idempotency keys not pruned, trying again in %s: %s", interval, e.getMessage());
            return 0;
        }
    }
}
