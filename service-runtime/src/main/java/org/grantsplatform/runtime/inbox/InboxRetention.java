package org.grantsplatform.runtime.inbox;

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
 * Deletes inbox rows older than the retention, every prune interval, in batches of their own
 * transactions. A consumer only meets an event again within the time its offsets may lag behind
 * what it applied, so rows much older than that protect nothing and only grow the table. Replicas
 * may prune at once: a row two of them delete goes once.
 */
@ApplicationScoped
public class InboxRetention {

    private static final Logger LOG = Logger.getLogger(InboxRetention.class);
    /** Not while the service starts, but soon after, so that frequent restarts still prune. */
    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final Inbox inbox;
    private final Duration retention;
    private final Duration interval;
    private final int batchSize;
    private ScheduledExecutorService scheduler;

    @Inject
    public InboxRetention(Inbox inbox, InboxSettings settings) {
        this(inbox, settings.retention(), settings.pruneInterval(), settings.pruneBatchSize());
    }

    InboxRetention(Inbox inbox, Duration retention, Duration interval, int batchSize) {
        if (retention.isNegative() || retention.isZero() || interval.isNegative() || interval.isZero()
                || batchSize < 1) {
            throw new IllegalArgumentException("platform.inbox.retention, prune-interval and prune-batch-size must "
                    + "be positive");
        }
        this.inbox = inbox;
        this.retention = retention;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inbox-retention");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::pruneNow, Math.min(FIRST_RUN.toMillis(), interval.toMillis()),
                interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void pruneNow() {
        try {
            int deleted = prune(Instant.now());
            if (deleted > 0) {
                LOG.infof("pruned %d inbox rows older than %s", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("inbox not pruned, trying again in %s: %s", interval, e.getMessage());
        }
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
