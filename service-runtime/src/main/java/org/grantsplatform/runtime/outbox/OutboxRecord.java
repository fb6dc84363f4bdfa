package org.grantsplatform.runtime.outbox;

/** One event waiting in the outbox, in the order it was written. */
public record OutboxRecord(long id, String topic, String key, String payload) {
}
