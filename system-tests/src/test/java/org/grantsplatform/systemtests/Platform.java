package org.grantsplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole platform, started once per test run by the launcher itself ({@code deploy/local/platform.sh up})
 * on ports and a state folder of its own, so it runs beside a developer's {@code ./platform up}; stopped
 * with {@code down} when the run ends. Tests kill and restart components through the same script.
 */
public final class Platform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /**
     * Added to every port, with databases of their own, so that a second copy of the suite (another checkout)
     * can run beside the first: {@code -Dplatform.port-offset=2000}.
     */
    private static final int OFFSET = Integer.getInteger("platform.port-offset", 0);
    public static final int PORTAL = 18080 + OFFSET;
    public static final int ASSOCIATIONS = 18081 + OFFSET;
    public static final int GRANTS = 18082 + OFFSET;
    public static final int REPORTING = 18083 + OFFSET;
    public static final int KAFKA = 19092 + OFFSET;
    public static final int KEYCLOAK = 18180 + OFFSET;
    static final int KEYCLOAK_MGMT = 19000 + OFFSET;
    public static final String DB_PREFIX = OFFSET == 0 ? "st_" : "st" + OFFSET + "_";
    /**
     * The PostgreSQL the suite uses: the machine's where one answers on PGHOST:PGPORT (127.0.0.1:5432), else the
     * launcher's embedded one, on a port of the suite's own; decided once, before the platform starts.
     */
    static final String PG_HOST = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    static final int MACHINE_PG = Integer.parseInt(System.getenv().getOrDefault("PGPORT", "5432"));
    static final int EMBEDDED_PG = 15433 + OFFSET;
    static final boolean EMBEDDED_POSTGRES = !answers(PG_HOST, MACHINE_PG);
    /** The launcher's default port of a replica {@code <service>-2}: the service's port + 10. */
    public static final int REPLICA_OFFSET = 10;

    private static final Path REPO = Path.of(System.getProperty("platform.repo", "..")).toAbsolutePath().normalize();
    private static final Path HOME = Path.of(System.getProperty("platform.home", "target/platform")).toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (Platform.class) {
            if (started) {
                return;
            }
            started = true;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Platform.class.getName(), this);
            freshState();
            launcher("up");
        }
    }

    @Override
    public void close() throws Exception {
        launcher("down");
    }

    /** Runs the launcher with this suite's settings; fails the test with the launcher's own words. */
    public static void launcher(String... args) throws IOException, InterruptedException {
        launcher(HOME, Map.of(), args);
    }

    /** The launcher with this suite's settings and the given ones on top, on another state folder: another copy. */
    static void launcher(Path home, Map<String, String> settings, String... args)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path log = home.resolve("launcher.log");
        List<String> command = new ArrayList<>(List.of("bash", REPO.resolve("deploy/local/platform.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.directory(REPO.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("PLATFORM_HOME", home.toString());
        env.put("ASSOCIATIONS_PORT", Integer.toString(ASSOCIATIONS));
        env.put("GRANTS_PORT", Integer.toString(GRANTS));
        env.put("REPORTING_PORT", Integer.toString(REPORTING));
        env.put("PORTAL_PORT", Integer.toString(PORTAL));
        env.put("KAFKA_PORT", Integer.toString(KAFKA));
        env.put("KAFKA_CONTROLLER_PORT", Integer.toString(KAFKA + 1));
        env.put("KEYCLOAK_PORT", Integer.toString(KEYCLOAK));
        env.put("KEYCLOAK_MGMT_PORT", Integer.toString(KEYCLOAK_MGMT));
        env.put("DB_PREFIX", DB_PREFIX);
        env.put("EMBEDDED_PGPORT", Integer.toString(EMBEDDED_PG));
        // the reactor packaged the services and the portal before this module; demo data would only blur the figures
        env.put("PLATFORM_SKIP_BUILD", "1");
        env.put("PLATFORM_SKIP_DEMO", "1");
        // low enough that a test can reach the gateway's 429, high enough for the other tests' calls
        env.put("PORTAL_GATEWAY_RATE_LIMIT_CAPACITY", "100");
        env.put("PORTAL_GATEWAY_RATE_LIMIT_REFILL_PER_SECOND", "2");
        env.putAll(settings);
        Process process = pb.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("launcher " + String.join(" ", args) + " timed out; see " + log);
        }
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new IllegalStateException("launcher " + String.join(" ", args) + " failed: "
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
        }
    }

    /**
     * SIGKILL, as a crash would: no shutdown hook, no flush. Returns once the processes have exited:
     * a dying JVM loses its command line before its sockets, so a restart at once could find its port taken.
     */
    public static void kill(String component) throws IOException, InterruptedException {
        String pattern = "-Dplatform.component=" + component + " -Dplatform.home=" + HOME + "( |$)";
        Process pgrep = new ProcessBuilder("pgrep", "-f", "--", pattern).start();
        List<String> pids = new String(pgrep.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        pgrep.waitFor(10, TimeUnit.SECONDS);
        Process pkill = new ProcessBuilder("pkill", "-9", "-f", "--", pattern).start();
        pkill.waitFor(10, TimeUnit.SECONDS);
        assertThat(pkill.exitValue()).as("a %s process was running to kill", component).isZero();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pids.stream().anyMatch(Platform::alive)) {
            assertThat(System.nanoTime()).as("%s processes %s exited within 30 s of SIGKILL", component, pids)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /**
     * Still running: its /proc entry exists and it is not a zombie whose threads are all gone. The leader
     * of a JVM shows as a zombie while its other threads are still exiting (one in a disk write, say), and
     * those share its open files: the sockets close only with the last thread.
     */
    private static boolean alive(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            if (stat.charAt(stat.lastIndexOf(')') + 2) != 'Z') {
                return true;
            }
            try (Stream<Path> threads = Files.list(Path.of("/proc", pid, "task"))) {
                return threads.count() > 1;
            }
        } catch (IOException e) {
            return false;
        }
    }

    public static String bootstrapServers() {
        return "127.0.0.1:" + KAFKA;
    }

    public static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** An access token from the platform's Keycloak for a demo user (password = user name). */
    public static synchronized String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> token(KEYCLOAK, u));
    }

    /** A new access token from the Keycloak on that port. */
    static String token(int keycloak, String user) {
        String form = "grant_type=password&client_id=grants-portal&username=" + enc(user) + "&password=" + enc(user);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(keycloak,
                "/realms/grants/protocol/openid-connect/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Response response = send(request);
        assertThat(response.status()).as("token for %s: %s", user, response.body()).isEqualTo(200);
        return response.json().get("access_token").asText();
    }

    /** The {@code sub} claim of the user's access token: the subject ownership and reviewer assignments record. */
    public static String subject(String user) {
        String payload = token(user).split("\\.")[1];
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(payload)).get("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Response get(int port, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(port, path))).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return send(request.build());
    }

    public static Response post(int port, String path, String user, String json) {
        return send(withJson(port, path, user).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Response put(int port, String path, String user, String json) {
        return send(withJson(port, path, user).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Response delete(int port, String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(url(port, path)))
                .header("Authorization", "Bearer " + token(user)).DELETE().build());
    }

    private static HttpRequest.Builder withJson(int port, String path, String user) {
        return HttpRequest.newBuilder(URI.create(url(port, path)))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json");
    }

    /** A statement on one of the platform's databases, as the postgres superuser. */
    public static long count(String service, String sql) {
        return Long.parseLong(text(service, sql));
    }

    /** The first column of the first row, as text. */
    public static String text(String service, String sql) {
        Map<String, String> row = pairs(service, "select '', (" + sql + ")::text");
        return row.get("");
    }

    /** A two-column query as a sorted map from the first column to the second, both as text. */
    public static Map<String, String> pairs(String service, String sql) {
        try (Connection c = DriverManager.getConnection(postgres(DB_PREFIX + service), "postgres", "");
                Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            Map<String, String> rows = new TreeMap<>();
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String postgres(String database) {
        return "jdbc:postgresql://" + (EMBEDDED_POSTGRES ? "127.0.0.1:" + EMBEDDED_PG : PG_HOST + ":" + MACHINE_PG)
                + "/" + database;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Restarts the PostgreSQL the platform uses, stopped for three seconds, long enough for every service's
     * readiness probe to see it gone, where a bare restart can fall between two probes: the launcher's embedded
     * one through the launcher; the machine's with {@code -Dfaults.postgres.restart} (default: pg_ctlcluster on
     * the newest cluster under /etc/postgresql). Fails when it cannot, never skips.
     */
    public static void restartPostgres() throws IOException, InterruptedException {
        String command = System.getProperty("faults.postgres.restart");
        if (EMBEDDED_POSTGRES && (command == null || command.isBlank())) {
            launcher("stop", "postgres");
            Thread.sleep(3000);
            launcher("start", "postgres");
            return;
        }
        if (command == null || command.isBlank()) {
            try (var versions = Files.list(Path.of("/etc/postgresql"))) {
                String version = versions.map(p -> p.getFileName().toString())
                        .max(java.util.Comparator.comparingDouble(Double::parseDouble))
                        .orElseThrow(() -> new IllegalStateException("no cluster under /etc/postgresql"));
                command = "pg_ctlcluster %1$s main stop && sleep 3 && pg_ctlcluster %1$s main start".formatted(version);
            }
        }
        // to a file: the restarted server may keep a pipe open for as long as it runs
        Path log = HOME.resolve("postgres-restart.log");
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("could not restart PostgreSQL with '" + command + "' (see " + log + ")");
        }
    }

    static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each run starts from empty databases and an empty broker; Keycloak's unpacked copy is kept. */
    private static void freshState() throws IOException, SQLException, InterruptedException {
        if (EMBEDDED_POSTGRES) {
            launcher("start", "postgres");
        }
        try (Connection c = DriverManager.getConnection(postgres("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            for (String service : List.of("associations", "grants", "reporting")) {
                s.execute("drop database if exists " + DB_PREFIX + service + " with (force)");
            }
        }
        Path kafka = HOME.resolve("kafka");
        if (Files.exists(kafka)) {
            try (var paths = Files.walk(kafka)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }
}
