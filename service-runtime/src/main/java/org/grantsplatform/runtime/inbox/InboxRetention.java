package org.grantsplatform.runtime.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.grantsplatform.runtime.housekeeping.PeriodicTask;

/**
 * Deletes inbox rows older than the retention, every prune interval, in batches of their own
 * transactions. A consumer only meets an event again within the time its offsets may lag behind
 * what it applied, so rows much older than that protect nothing and only grow the table. Replicas
 * may prune at once: a row two of them delete goes once.
 */
@ApplicationScoped
public class InboxRetention {

    /** Not while the service starts, but soon after, so that frequent restarts still prune. */
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final Inbox inbox;
    private final Duration retention;
    private final int batchSize;
    private final PeriodicTask task;

    @Inject
    public InboxRetention(Inbox inbox, InboxSettings settings) {
        this(inbox, settings.retention(), settings.pruneInterval(), settings.pruneBatchSize());
    }

    InboxRetention(Inbox inbox, Duration retention, Duration interval, int batchSize) {
        if (retention.isNegative() || retention.isZero() || batchSize < 1) {
            throw new IllegalArgumentException("platform.inbox.retention and prune-batch-size must be positive");
        }
        this.inbox = inbox;
        this.retention = retention;
        this.batchSize = batchSize;
        this.task = new PeriodicTask("inbox-retention", interval, () -> prune(Instant.now()));
    }

    void start(@Observes StartupEvent event) {
        task.start(FIRST_RUN);
    }

    void stop(@Observes ShutdownEvent event) {
        task.stop();
    }

    /** @return how many rows processed longer than the retention before {@code now} were deleted. */
    int prune(Instant now) {
        Instant before = now.minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = inbox.prune(before, batchSize);
            total += deleted;
        } while (deleted == batchSize && !Thread.currentThread().isInterrupted());
        return total;
    }
}
