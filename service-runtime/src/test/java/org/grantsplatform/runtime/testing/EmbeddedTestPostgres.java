package org.grantsplatform.runtime.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The tests' own PostgreSQL (zonky's embedded server, the version the parent POM pins), started once per test
 * JVM on a free port and shared by its test classes; zonky stops it and deletes its data at JVM exit.
 * PostgreSQL refuses to run as root: as root, zonky runs initdb, pg_ctl and the server through
 * {@code unshare -U}, in a user namespace where they are not root, and does so only when that namespace can be
 * made, so this refuses early and says why where it cannot.
 */
final class EmbeddedTestPostgres {

    private static EmbeddedPostgres server;

    private EmbeddedTestPostgres() {
    }

    static synchronized int port() {
        if (server == null) {
            if (runsAsRoot() && !LinuxUtils.isUnshareAvailable()) {
                throw new IllegalStateException("the embedded PostgreSQL cannot run as root without user namespaces"
                        + " (unshare -U): run the tests as another user, or give them a PostgreSQL server (PGHOST, PGPORT)");
            }
            try {
                server = EmbeddedPostgres.builder()
                        // the machines' clusters use C.UTF-8: the same ordering and case rules as there
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setServerConfig("max_connections", "200")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
            }
        }
        return server.getPort();
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
