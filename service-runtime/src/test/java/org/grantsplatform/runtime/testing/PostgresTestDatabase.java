package org.grantsplatform.runtime.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Points a test at its own database, creating it when missing; Flyway cleans it at start. The server is the
 * machine's PostgreSQL (PGHOST/PGPORT, default 127.0.0.1:5432, user PGUSER/PGPASSWORD, default postgres) when
 * it answers, else an embedded one the test JVM starts ({@link EmbeddedTestPostgres}). The system property
 * {@code platform.test.postgres} chooses instead: {@code server} (fail when none answers) or {@code embedded}
 * (even when one does); {@code auto} is the default.
 * Argument {@code database}: the database's name, to which {@code TEST_DB_SUFFIX} (environment) is appended
 * so that two checkouts can run their suites at once.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String MODE_PROPERTY = "platform.test.postgres";

    private String database;

    @Override
    public void init(Map<String, String> args) {
        database = args.getOrDefault("database", "platform_test") + env("TEST_DB_SUFFIX", "");
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        Server server = server();
        try (Connection c = DriverManager.getConnection(server.url() + "postgres", server.user(), server.password());
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery(); Statement create = c.createStatement()) {
                if (!rs.next()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server.url() + " is needed for the tests: " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server.url() + database,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password(),
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }

    @Override
    public void stop() {
        // the embedded server, if any, serves the whole test JVM
    }

    private static Server server() {
        String host = env("PGHOST", "127.0.0.1");
        int port = Integer.parseInt(env("PGPORT", "5432"));
        String mode = System.getProperty(MODE_PROPERTY, "auto");
        boolean embedded = switch (mode) {
            case "embedded" -> true;
            case "server" -> false;
            case "auto" -> !answers(host, port);
            default -> throw new IllegalArgumentException(MODE_PROPERTY + " is auto, server or embedded, not " + mode);
        };
        return embedded
                ? new Server("jdbc:postgresql://127.0.0.1:" + EmbeddedTestPostgres.port() + "/", "postgres", "")
                : new Server("jdbc:postgresql://" + host + ":" + port + "/", env("PGUSER", "postgres"), env("PGPASSWORD", ""));
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A server's JDBC URL without a database, and the superuser the tests connect as. */
    private record Server(String url, String user, String password) {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
