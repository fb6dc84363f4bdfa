package org.grantsplatform.grants.idempotency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.grantsplatform.runtime.housekeeping.PeriodicTask;

/**
 * Deletes the keys older than the retention every prune interval. {@link Idempotency} already treats such a key
 * as new; this only keeps the table to a day's keys. Replicas may prune at once: a row two of them delete goes once.
 */
@ApplicationScoped
public class IdempotencyRetention {

    private final Idempotency idempotency;
    private final Duration retention;
    private final Duration interval;
    private final PeriodicTask task;

    @Inject
    public IdempotencyRetention(Idempotency idempotency, IdempotencySettings settings) {
        if (settings.retention().compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("platform.idempotency.retention must be positive");
        }
        this.idempotency = idempotency;
        this.retention = settings.retention();
        this.interval = settings.pruneInterval();
        this.task = new PeriodicTask("idempotency-retention", interval, this::pruneNow);
    }

    void start(@Observes StartupEvent event) {
        task.start(interval);
    }

    void stop(@Observes ShutdownEvent event) {
        task.stop();
    }

    /** @return how many keys older than the retention before now were deleted */
    int pruneNow() {
        return idempotency.prune(Instant.now().minus(retention));
    }
}
