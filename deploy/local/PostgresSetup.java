import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the services' roles and databases on a PostgreSQL server, as the launcher's admin user; run by
 * platform.sh as {@code java -cp postgresql.jar PostgresSetup.java associations grants reporting}. A single-file
 * program with the JDBC driver, because a machine with only Java 17 has neither psql nor pg_isready.
 *
 * <p>Environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (the admin), DB_PREFIX, {@code <NAME>_DB_PASSWORD} for each
 * role, PG_READY_TIMEOUT (seconds to wait for a server that is still starting). Each role logs in with its
 * password and owns the database {@code <DB_PREFIX><name>}; what exists is kept, so it can run on every start.
 */
public class PostgresSetup {

    public static void main(String[] names) throws Exception {
        String url = "jdbc:postgresql://" + env("PGHOST") + ":" + env("PGPORT") + "/postgres";
        try (Connection c = connect(url, System.nanoTime() + Long.parseLong(env("PG_READY_TIMEOUT")) * 1_000_000_000L);
                Statement s = c.createStatement()) {
            for (String name : names) {
                String role = identifier(name);
                String database = System.getenv().getOrDefault("DB_PREFIX", "") + name;
                if (!exists(c, "select 1 from pg_roles where rolname = ?", name)) {
                    s.execute("create role " + role + " login");
                }
                s.execute("alter role " + role + " login password " + literal(env(name.toUpperCase() + "_DB_PASSWORD")));
                // CREATE DATABASE has no IF NOT EXISTS
                if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                    s.execute("create database " + identifier(database) + " owner " + role);
                }
                s.execute("alter database " + identifier(database) + " owner to " + role);
            }
        } catch (SQLException e) {
            System.err.println(url + " as " + env("PGUSER") + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Waits while the server refuses connections (08xxx) or is still starting (57P03); anything else is final. */
    private static Connection connect(String url, long deadline) throws SQLException, InterruptedException {
        while (true) {
            try {
                return DriverManager.getConnection(url, env("PGUSER"), System.getenv().getOrDefault("PGPASSWORD", ""));
            } catch (SQLException e) {
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                if (!(state.startsWith("08") || state.equals("57P03")) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** With standard_conforming_strings (on since PostgreSQL 9.1) only the quote needs doubling. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }
}
