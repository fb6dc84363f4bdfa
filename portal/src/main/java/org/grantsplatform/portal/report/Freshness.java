package org.grantsplatform.portal.report;

import java.time.Instant;

/**
 * How far a report's figures lag behind the events (reporting-service's {@code freshness}): {@code asOf} is the
 * time of the newest event applied, {@code pendingEvents} the events not applied yet (null while it does not
 * know), {@code lagSeconds} 0 when caught up.
 */
public record Freshness(int generation, Instant asOf, Long pendingEvents, long lagSeconds) {

    public boolean upToDate() {
        return pendingEvents != null && pendingEvents == 0;
    }
}
