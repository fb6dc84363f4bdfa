package org.grantsplatform.reporting.readmodel;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.reporting.projection.Changes;
import org.grantsplatform.runtime.inbox.EventData;
import org.jboss.logging.Logger;

/**
 * Applies a polled batch in one plain JDBC transaction (no JTA: it is the only resource):
 * records the batch's events in the same inbox table and under the same consumer name as the
 * runtime's Inbox does, in one statement, projects the events it had not applied before into one
 * set of changes and writes them with a statement per table. If anything in the batch fails it is
 * rolled back whole and the caller hands the records one by one to the runtime's RecordProcessor,
 * which retries, dead-letters or applies each on its own.
 */
final class BatchApplier {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    private static final String INBOX = """
            insert into inbox_event (consumer, event_id, type)
            select ?, e, t from unnest(?::varchar[], ?::varchar[]) as u (e, t)
            on conflict do nothing
            returning event_id""";

    private final String consumer;
    private final GenerationHandler handler;
    private final AgroalDataSource dataSource;

    BatchApplier(String consumer, GenerationHandler handler, AgroalDataSource dataSource) {
        this.consumer = consumer;
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
        Set<String> fresh = record(c, handled.values());
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

    /** @return the ids of the events this consumer had not applied before. */
    private Set<String> record(Connection c, Iterable<CloudEvent> events) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        events.forEach(e -> {
            ids.add(e.id());
            types.add(e.type());
        });
        Set<String> fresh = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(INBOX)) {
            ps.setString(1, consumer);
            ps.setArray(2, c.createArrayOf("varchar", ids.toArray()));
            ps.setArray(3, c.createArrayOf("varchar", types.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getString(1));
                }
            }
        }
        return fresh;
    }
}
