package org.grantsplatform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Asks a reporting-service database every 10 ms which of the pending events its read model has
 * committed: the inbox row of an event commits in the transaction that writes its projection, so
 * the first poll that finds it sees the event as a report would. An event is visible at the time
 * that poll started (its snapshot), at most one poll interval after the commit.
 */
final class VisibilityPoller implements Runnable {

    private final String jdbc;
    private final String user;
    private final String groupPrefix;
    private final Map<String, Instant> visible = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;
    private volatile String failure;
    private Thread thread;

    /** groupPrefix: the service's consumer-group prefix; the answering generation's group is {@code <prefix>.g<n>}. */
    VisibilityPoller(String jdbc, String user, String groupPrefix) {
        this.jdbc = jdbc;
        this.user = user;
        this.groupPrefix = groupPrefix;
    }

    Map<String, Instant> visible() {
        return visible;
    }

    void add(String eventId) {
        if (!visible.containsKey(eventId)) {
            pending.add(eventId);
        }
    }

    void start() {
        thread = new Thread(this, "visibility-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits (bounded) until every one of the ids is visible. */
    void awaitVisible(Set<String> ids, double seconds) {
        long until = System.currentTimeMillis() + (long) (seconds * 1000);
        while (!visible.keySet().containsAll(ids) && System.currentTimeMillis() < until && failure == null) {
            Ladder.pause(100);
        }
    }

    void stop() {
        running = false;
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw new IllegalStateException("reading the read model's inbox: " + failure);
        }
    }

    private static int activeGeneration(Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement();
                ResultSet rs = st.executeQuery("select generation from public.read_model_generation where status = 'ACTIVE'")) {
            if (!rs.next()) {
                throw new IllegalStateException("no answering read-model generation");
            }
            return rs.getInt(1);
        }
    }

    @Override
    public void run() {
        Properties props = new Properties();
        props.put("user", user);
        try (Connection c = DriverManager.getConnection(jdbc, props);
                // the whole primary key (consumer, event_id): an index lookup per pending event, whatever the inbox holds
                PreparedStatement ps = c.prepareStatement("select event_id from inbox_event where consumer = ? and event_id = any(?)")) {
            ps.setString(1, groupPrefix + ".g" + activeGeneration(c));
            while (running) {
                long started = System.nanoTime();
                if (!pending.isEmpty()) {
                    List<String> ids = new ArrayList<>(pending);
                    Instant asOf = Instant.now();
                    ps.setArray(2, c.createArrayOf("varchar", ids.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String id = rs.getString(1);
                            visible.putIfAbsent(id, asOf);
                            pending.remove(id);
                        }
                    }
                }
                long waitNs = 10_000_000L - (System.nanoTime() - started);
                if (waitNs > 0) {
                    LockSupport.parkNanos(waitNs);
                }
            }
        } catch (Exception e) {
            failure = e.getMessage();
        }
    }
}
