package org.grantsplatform.reporting.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.runtime.inbox.EventData;
import org.grantsplatform.runtime.inbox.EventHandler;
import org.jboss.logging.Logger;

/**
 * Applies a polled batch of one partition in a single transaction, recording each event in the
 * same inbox table and under the same consumer name as the runtime's Inbox does, so that
 * redelivered events still have no second effect. One commit per batch instead of one per event
 * is what makes a replay fast. If anything in the batch fails it is rolled back whole and the
 * caller hands the records one by one to the runtime's RecordProcessor, which retries,
 * dead-letters or applies each on its own.
 */
final class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    private final String consumer;
    private final EventHandler handler;
    private final Sql sql;

    BatchApplier(String consumer, EventHandler handler, Sql sql) {
        this.consumer = consumer;
        this.handler = handler;
        this.sql = sql;
    }

    /** @return false when the batch was rolled back and must be processed record by record. */
    boolean tryApply(List<ConsumerRecord<String, String>> records) {
        try {
            QuarkusTransaction.requiringNew().run(() -> records.forEach(this::apply));
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("batch of %d records on %s falls back to one by one: %s", records.size(), consumer,
                    e.getMessage());
            return false;
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        CloudEvent event = EventData.parse(record.value());
        if (!handler.handles(event.type())) {
            return;
        }
        int recorded = sql.update("insert into inbox_event (consumer, event_id, type) values (?, ?, ?) "
                + "on conflict do nothing", consumer, event.id(), event.type());
        if (recorded == 1) {
            handler.apply(event);
        }
    }
}
