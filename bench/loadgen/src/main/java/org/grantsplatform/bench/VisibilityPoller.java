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
    private final String consumerPattern;
    private final Map<String, Instant> visible = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;
    private volatile String failure;
    private Thread thread;

    VisibilityPoller(String jdbc, String user, String consumerPattern) {
        this.jdbc = jdbc;
        this.user = user;
        this.consumerPattern = consumerPattern;
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

    @Override
    public void run() {
        Properties props = new Properties();
        props.put("user", user);
        try (Connection c = DriverManager.getConnection(jdbc, props);
                PreparedStatement ps = c.prepareStatement("select event_id from inbox_event where event_id = any(?) and consumer like ?")) {
            ps.setString(2, consumerPattern);
            while (running) {
                long started = System.nanoTime();
                if (!pending.isEmpty()) {
                    List<String> ids = new ArrayList<>(pending);
                    Instant asOf = Instant.now();
                    ps.setArray(1, c.createArrayOf("varchar", ids.toArray()));
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
