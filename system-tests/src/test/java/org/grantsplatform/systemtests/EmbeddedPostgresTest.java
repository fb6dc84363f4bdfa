package org.grantsplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The launcher on a machine where no PostgreSQL answers: a copy of the platform of its own (state folder, ports,
 * PGPORT on a closed port) brings up the embedded PostgreSQL, serves, and keeps its data across down and up.
 * Without the portal and the demo data, which do not touch this path.
 */
class EmbeddedPostgresTest {

    /** Added to the suite's ports, so that this copy runs beside the suite's platform. */
    private static final int SHIFT = 50;
    private static final int ASSOCIATIONS = Platform.ASSOCIATIONS + SHIFT;
    private static final int KEYCLOAK = Platform.KEYCLOAK + SHIFT;
    private static final int CLOSED_PGPORT = 15432 + Integer.getInteger("platform.port-offset", 0) + SHIFT;
    private static final Path HOME = Path.of(System.getProperty("platform.home", "target/platform") + "-embedded-pg")
            .toAbsolutePath();
    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("PLATFORM_COMPONENTS", "postgres kafka keycloak services"),
            Map.entry("PGPORT", Integer.toString(CLOSED_PGPORT)),
            Map.entry("EMBEDDED_PGPORT", Integer.toString(CLOSED_PGPORT + 1)),
            Map.entry("ASSOCIATIONS_PORT", Integer.toString(ASSOCIATIONS)),
            Map.entry("GRANTS_PORT", Integer.toString(Platform.GRANTS + SHIFT)),
            Map.entry("REPORTING_PORT", Integer.toString(Platform.REPORTING + SHIFT)),
            Map.entry("KAFKA_PORT", Integer.toString(Platform.KAFKA + SHIFT)),
            Map.entry("KAFKA_CONTROLLER_PORT", Integer.toString(Platform.KAFKA + 1 + SHIFT)),
            Map.entry("KEYCLOAK_PORT", Integer.toString(KEYCLOAK)),
            Map.entry("KEYCLOAK_MGMT_PORT", Integer.toString(Platform.KEYCLOAK_MGMT + SHIFT)));

    @Test
    void shouldStartItsOwnPostgresAndKeepTheDataAcrossARestart() throws Exception {
        assertThat(answers(CLOSED_PGPORT)).as("nothing listens on %d", CLOSED_PGPORT).isFalse();
        launcher("down");
        delete(HOME.resolve("postgres/data"));
        delete(HOME.resolve("kafka"));

        launcher("up");
        assertThat(Files.readString(HOME.resolve("launcher.log"))).contains("embedded postgres started");
        String name = "Embedded Network " + UUID.randomUUID();
        Platform.Response created = call(HttpRequest.newBuilder(associations("")).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"" + name + "\",\"country\":\"KE\",\"region\":\"AFRICA\"}")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();

        launcher("down");
        assertThat(answers(CLOSED_PGPORT + 1)).as("down stopped the embedded server").isFalse();
        launcher("up");
        Platform.Response read = call(HttpRequest.newBuilder(associations("/" + id)).GET());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo(name);
    }

    @AfterAll
    static void down() throws Exception {
        launcher("down");
    }

    private static void launcher(String command) throws IOException, InterruptedException {
        Platform.launcher(HOME, SETTINGS, command);
    }

    private static URI associations(String path) {
        return URI.create(Platform.url(ASSOCIATIONS, "/api/associations" + path));
    }

    private static Platform.Response call(HttpRequest.Builder request) {
        return Platform.send(request.header("Authorization", "Bearer " + Platform.token(KEYCLOAK, "assoc1")).build());
    }

    private static boolean answers(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
