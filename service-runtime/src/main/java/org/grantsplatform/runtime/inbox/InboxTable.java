package org.grantsplatform.runtime.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;

/**
 * Every statement on {@code inbox_event}, on the connection of the caller's transaction: the
 * per-record and the batch path claim events with the same statement, so they keep one guarantee.
 */
final class InboxTable {

    private static final String CLAIM = """
            insert into inbox_event (consumer, event_id, type)
            select ?, e, t from unnest(?::varchar[], ?::varchar[]) as u (e, t)
            on conflict do nothing
            returning event_id""";

    // by primary key rather than all at once: each batch holds its row locks briefly
    private static final String PRUNE = """
            delete from inbox_event i
            using (select consumer, event_id from inbox_event where processed_at < ? limit ?) old
            where i.consumer = old.consumer and i.event_id = old.event_id""";

    private InboxTable() {
    }

    /** @return the ids of the events this consumer had not claimed before; each one once. */
    static Set<String> claim(Connection c, String consumer, Collection<CloudEvent> events) throws SQLException {
        List<String> ids = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (CloudEvent e : events) {
            ids.add(e.id());
            types.add(e.type());
        }
        Set<String> fresh = new LinkedHashSet<>();
        if (ids.isEmpty()) {
            return fresh;
        }
        try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
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

    static int forget(Connection c, String consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from inbox_event where consumer = ?")) {
            ps.setString(1, consumer);
            return ps.executeUpdate();
        }
    }

    /** Deletes at most {@code limit} rows processed before {@code before}. */
    static int prune(Connection c, Instant before, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PRUNE)) {
            ps.setObject(1, before.atOffset(ZoneOffset.UTC));
            ps.setInt(2, limit);
            return ps.executeUpdate();
        }
    }
}
