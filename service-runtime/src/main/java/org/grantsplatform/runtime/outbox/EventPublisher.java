package org.grantsplatform.runtime.outbox;

import java.util.List;

/** Sends outbox records to the broker; returns only when every record is acknowledged. */
public interface EventPublisher {

    void publishAll(List<OutboxRecord> records);
}
