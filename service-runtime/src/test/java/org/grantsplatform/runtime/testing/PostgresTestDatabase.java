package org.grantsplatform.runtime.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Points a test at its own database on the machine's real PostgreSQL (PGHOST/PGPORT, default
 * 127.0.0.1:5432, user postgres), creating it when missing. Flyway cleans it at start.
 * Argument {@code database}: the database's name, to which {@code TEST_DB_SUFFIX} (environment) is appended
 * so that two checkouts can run their suites at once.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

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
        String server = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/";
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "");
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery(); Statement create = c.createStatement()) {
                if (!rs.next()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " is needed for the tests: " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", server + database,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password,
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
