package org.grantsplatform.bench;

import io.vertx.core.Future;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/**
 * Open-loop load at a fixed arrival rate: operation i is due at {@code t0 + i / rate}, is started
 * then (or as soon as the scheduler thread gets the CPU, if it is late), and its latency is counted
 * from the time it was due, never from when it was actually sent. A slow answer therefore never
 * delays or hides the requests behind it (no coordinated omission): waiting for a connection of
 * the pool, a late scheduler and a queue in the service all count.
 *
 * <p>Each run is a warm-up at the rate, whose operations are not recorded, then the measurement.
 * Bounded: it never schedules more than {@code rate * (warmup + measure)} operations, gives up
 * early when more than {@code maxOutstanding} are in flight, and waits at most the request timeout
 * for the last answers.
 */
final class OpenLoop {

    /** One operation (one or more requests); the future fails for an unexpected answer. */
    interface Operation {
        Future<?> start(long sequence);
    }

    /** Latencies in microseconds from the intended start, of the operations due in the measurement. */
    record Result(String name, double rate, double warmupS, double measureS, Histogram histogram, long ok,
            long errors, Map<String, Long> errorKinds, long unfinished, double achievedRps, boolean abortedOverload) {

        double errorRate() {
            long all = ok + errors + unfinished;
            return all == 0 ? 0 : (double) (errors + unfinished) / all;
        }

        double ms(double percentile) {
            return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
        }

        boolean held(double sloMs) {
            return !abortedOverload && ok > 0 && errorRate() <= 0.01 && ms(99) <= sloMs;
        }

        String line() {
            return String.format("%-12s rate %7.1f/s  ok %6d  err %4d  unfinished %4d  achieved %7.1f/s  "
                    + "p50 %7.1f ms  p99 %7.1f ms  max %8.1f ms%s%s", name, rate, ok, errors, unfinished, achievedRps,
                    ms(50), ms(99), histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0,
                    errorKinds.isEmpty() ? "" : "  errors " + errorKinds, abortedOverload ? "  (aborted: overload)" : "");
        }
    }

    private OpenLoop() {
    }

    static Result run(String name, double rate, double warmupS, double measureS, long timeoutMs, int maxOutstanding,
            Operation op) {
        Histogram histogram = new SynchronizedHistogram(1, 120_000_000L, 3);
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        Map<String, Long> kinds = new ConcurrentHashMap<>();
        AtomicLong outstanding = new AtomicLong();
        AtomicLong measuredOutstanding = new AtomicLong();
        long interval = (long) (1e9 / rate);
        long warmupOps = (long) Math.ceil(warmupS * rate);
        long totalOps = warmupOps + (long) Math.ceil(measureS * rate);
        long t0 = System.nanoTime() + 20_000_000L;
        boolean aborted = false;
        long scheduledMeasured = 0;
        for (long i = 0; i < totalOps; i++) {
            long due = t0 + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (outstanding.get() > maxOutstanding) {
                aborted = true;
                break;
            }
            boolean measured = i >= warmupOps;
            outstanding.incrementAndGet();
            if (measured) {
                measuredOutstanding.incrementAndGet();
                scheduledMeasured++;
            }
            Future<?> f;
            try {
                f = op.start(i);
            } catch (RuntimeException e) {
                f = Future.failedFuture(e);
            }
            f.onComplete(ar -> {
                long latencyUs = (System.nanoTime() - due) / 1000;
                outstanding.decrementAndGet();
                if (!measured) {
                    return;
                }
                measuredOutstanding.decrementAndGet();
                if (ar.succeeded()) {
                    histogram.recordValue(Math.min(latencyUs, histogram.getHighestTrackableValue()));
                    ok.increment();
                } else {
                    errors.increment();
                    kinds.merge(kind(ar.cause()), 1L, Long::sum);
                }
            });
        }
        long deadline = System.nanoTime() + (timeoutMs + 2_000) * 1_000_000L;
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(5_000_000L);
        }
        long unfinished = measuredOutstanding.get() + (totalOps - warmupOps - scheduledMeasured);
        double achieved = measureS <= 0 ? 0 : ok.sum() / measureS;
        Histogram copy = histogram.copy();
        return new Result(name, rate, warmupS, measureS, copy, ok.sum(), errors.sum(), new TreeMap<>(kinds),
                unfinished, achieved, aborted);
    }

    private static String kind(Throwable t) {
        if (t instanceof StatusException s) {
            return "http" + s.status;
        }
        String n = t.getClass().getSimpleName();
        return n.isEmpty() ? "error" : n;
    }

    /** An answer with a status the operation did not expect. */
    static final class StatusException extends RuntimeException {
        final int status;

        StatusException(int status, String body) {
            super("HTTP " + status + " " + Api.oneLine(body), null, false, false);
            this.status = status;
        }
    }
}
