package org.grantsplatform.portal.readmodel;

import java.time.Duration;
import java.time.Instant;

/** reporting-service's read-model generations: the one answering the reports and the one being rebuilt, if any. */
public record RebuildState(Generation active, Generation building) {

    /**
     * One generation: {@code eventsApplied} since this service process started it, {@code pendingEvents} on the
     * topics not applied yet (null until it knows), {@code asOf} the time of the newest event it applied.
     */
    public record Generation(int generation, String status, Instant startedAt, Instant activatedAt, long eventsApplied,
            Long pendingEvents, Instant asOf) {

        public boolean caughtUp() {
            return pendingEvents != null && pendingEvents == 0;
        }

        /** How far behind the events it is, as reporting-service counts lag: none when caught up, else since asOf. */
        public long lagSeconds() {
            return caughtUp() || asOf == null ? 0 : Math.max(0, Duration.between(asOf, Instant.now()).toSeconds());
        }

        /** The share of the known events applied, 0 to 100; null while the events still to apply are not known. */
        public Integer percentDone() {
            if (pendingEvents == null) {
                return null;
            }
            long all = eventsApplied + pendingEvents;
            return all == 0 ? 100 : (int) (eventsApplied * 100 / all);
        }
    }

    public long pendingEvents() {
        return active == null || active.pendingEvents() == null ? 0 : active.pendingEvents();
    }

    /** Whether the rebuild into {@code generation} has finished: that generation answers and none is being built. */
    public boolean finished(Integer generation) {
        return generation != null && building == null && active != null && active.generation() >= generation;
    }
}
