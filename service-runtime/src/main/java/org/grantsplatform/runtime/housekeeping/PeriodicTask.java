package org.grantsplatform.runtime.housekeeping;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A clean-up that runs on a daemon thread of its own, first after {@code firstRun} and then every {@code interval}
 * (the inbox's and the idempotency keys' retention). A failed run is logged and tried again at the next one.
 */
public final class PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final Supplier<Integer> run;
    private ScheduledExecutorService scheduler;

    /** {@code run} answers how many rows it deleted, for the log. */
    public PeriodicTask(String name, Duration interval, Supplier<Integer> run) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the interval must be positive");
        }
        this.name = name;
        this.interval = interval;
        this.run = run;
    }

    public synchronized void start(Duration firstRun) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, firstRun.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void runOnce() {
        try {
            int deleted = run.get();
            if (deleted > 0) {
                LOG.infof("%s: deleted %d rows", name, deleted);
            }
        } catch (RuntimeException e) {
            LOG.warnf("%s did not run, trying again in %s: %s", name, interval, e.getMessage());
        }
    }
}
