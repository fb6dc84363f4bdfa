package org.grantsplatform.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.runtime.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox's statements on the tests' PostgreSQL (PostgresTestDatabase), in a schema of each test's own
 * holding the runtime's tables as its migration creates them.
 */
class InboxTableTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    private final String schema = "inbox_" + UUID.randomUUID().toString().replace("-", "");
    private Connection c;

    @BeforeEach
    void createTables() throws SQLException, IOException {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of("database", "runtime_test"));
        Map<String, String> config = database.start();
        c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        try (Statement s = c.createStatement();
                InputStream migration = getClass().getResourceAsStream("/db/runtime/V0_1__event_outbox_and_inbox.sql")) {
            s.execute("create schema " + schema);
            s.execute("set search_path to " + schema);
            s.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterEach
    void dropTables() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop schema " + schema + " cascade");
        }
        c.close();
    }

    @Test
    void shouldClaimEachNewEventOnceWhateverTheBatchRepeats() throws SQLException {
        CloudEvent a = event("a");
        CloudEvent b = event("b");

        assertThat(InboxTable.claim(c, "reporting", List.of(a, b, a))).containsExactlyInAnyOrder("a", "b");
        assertThat(InboxTable.claim(c, "reporting", List.of(b, event("c"), a))).containsExactly("c");
        assertThat(InboxTable.claim(c, "reporting", List.of(a, b))).isEmpty();
        assertThat(InboxTable.claim(c, "reporting", List.of())).isEmpty();

        assertThat(rows("reporting")).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void shouldKeepEachConsumersClaimsApart() throws SQLException {
        assertThat(InboxTable.claim(c, "reporting.g1", List.of(event("a")))).containsExactly("a");
        assertThat(InboxTable.claim(c, "reporting.g2", List.of(event("a")))).containsExactly("a");
    }

    @Test
    void shouldLeaveNoClaimWhenTheCallersTransactionRollsBack() throws SQLException {
        c.setAutoCommit(false);
        InboxTable.claim(c, "reporting", List.of(event("a")));
        c.rollback();
        c.setAutoCommit(true);

        assertThat(InboxTable.claim(c, "reporting", List.of(event("a")))).containsExactly("a");
    }

    @Test
    void shouldForgetOneConsumerOnly() throws SQLException {
        InboxTable.claim(c, "reporting.g1", List.of(event("a"), event("b")));
        InboxTable.claim(c, "reporting.g2", List.of(event("a")));

        assertThat(InboxTable.forget(c, "reporting.g1")).isEqualTo(2);

        assertThat(rows("reporting.g1")).isEmpty();
        assertThat(rows("reporting.g2")).containsExactly("a");
        assertThat(InboxTable.claim(c, "reporting.g1", List.of(event("a")))).containsExactly("a");
    }

    @Test
    void shouldPruneRowsOlderThanTheRetentionInBatchesAndKeepRecentOnes() throws SQLException {
        for (int i = 0; i < 5; i++) {
            claimedAt("old-" + i, NOW.minus(Duration.ofDays(31)));
        }
        claimedAt("recent", NOW.minus(Duration.ofDays(29)));
        List<Integer> batches = new ArrayList<>();
        Inbox onThisConnection = new Inbox(null) {
            @Override
            public int prune(Instant before, int limit) {
                try {
                    int deleted = InboxTable.prune(c, before, limit);
                    batches.add(deleted);
                    return deleted;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        InboxRetention retention = new InboxRetention(onThisConnection, Duration.ofDays(30), Duration.ofHours(1), 2);

        assertThat(retention.prune(NOW)).isEqualTo(5);

        assertThat(batches).containsExactly(2, 2, 1);
        assertThat(rows("grants-service")).containsExactly("recent");
        assertThat(retention.prune(NOW)).isZero();
    }

    private void claimedAt(String id, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into inbox_event (consumer, event_id, type, processed_at) values ('grants-service', ?, 't', ?)")) {
            ps.setString(1, id);
            ps.setObject(2, at.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private List<String> rows(String consumer) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select event_id from inbox_event where consumer = ?")) {
            ps.setString(1, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private static CloudEvent event(String id) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, id, "/test", "test.thing.happened.v1", null, NOW,
                CloudEvent.JSON, null);
    }
}
