package org.grantsplatform.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.reporting.projection.Changes;
import org.grantsplatform.runtime.inbox.EventData;
import org.grantsplatform.runtime.inbox.Inbox;
import org.jboss.logging.Logger;

/**
 * Applies a polled batch in one plain JDBC transaction (no JTA: it is the only resource): claims
 * the batch's events in the runtime's {@link Inbox} (batch mode, one statement, under the consumer
 * name its per-record path uses too), projects the events it had not applied before into one set
 * of changes and writes them with a statement per table. If anything in the batch fails it is
 * rolled back whole and the caller hands the records one by one to the runtime's RecordProcessor,
 * which retries, dead-letters or applies each on its own.
 */
final class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    private final String consumer;
    private final Inbox inbox;
    private final GenerationHandler handler;
    private final AgroalDataSource dataSource;

    BatchApplier(String consumer, Inbox inbox, GenerationHandler handler, AgroalDataSource dataSource) {
        this.consumer = consumer;
        this.inbox = inbox;
        this.handler = handler;
        this.dataSource = dataSource;
    }

    /** Whether batches of different partitions may be applied at once: not while they keep totals. */
    boolean independent() {
        return !handler.keepsTotals();
    }

    /** @return false when the batch was rolled back and must be processed record by record. */
    boolean tryApply(List<ConsumerRecord<String, String>> records) {
        Map<String, CloudEvent> handled = new LinkedHashMap<>();
        Changes changes;
        try {
            for (ConsumerRecord<String, String> record : records) {
                CloudEvent event = EventData.parse(record.value());
                if (handler.handles(event.type())) {
                    handled.putIfAbsent(event.id(), event);
                }
            }
            // projected before the transaction, as if all were new: it holds its row locks for less time
            changes = project(handled.values());
        } catch (RuntimeException e) {
            LOG.debugf("batch of %d records on %s falls back to one by one: %s", records.size(), consumer,
                    e.getMessage());
            return false;
        }
        if (handled.isEmpty()) {
            return true;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                apply(c, handled, changes);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                LOG.debugf("batch of %d records on %s falls back to one by one: %s", records.size(), consumer,
                        e.getMessage());
                return false;
            }
        } catch (SQLException e) {
            LOG.debugf("batch of %d records on %s falls back to one by one: %s", records.size(), consumer,
                    e.getMessage());
            return false;
        }
    }

    private void apply(Connection c, Map<String, CloudEvent> handled, Changes all) throws SQLException {
        handler.use(c);
        Set<String> fresh = inbox.claim(c, consumer, handled.values());
        Changes changes = fresh.size() == handled.size() ? all
                : project(handled.values().stream().filter(e -> fresh.contains(e.id())).toList());
        if (!changes.isEmpty()) {
            handler.write(c, changes);
        }
    }

    private Changes project(Collection<CloudEvent> events) {
        Changes changes = new Changes();
        events.forEach(e -> handler.project(e, changes));
        return changes;
    }
}
