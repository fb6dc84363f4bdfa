package org.grantsplatform.reporting.readmodel;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far the figures of a report lag behind the events: {@code asOf} is the time of the newest
 * event the answering generation has applied, {@code pendingEvents} the records on the topics it
 * has not applied yet (null while it joins its group), and {@code lagSeconds} 0 when it is caught
 * up, otherwise the seconds since {@code asOf}.
 */
@Schema(name = "Freshness")
public record Freshness(int generation, Instant asOf, Long pendingEvents, long lagSeconds) {
}
