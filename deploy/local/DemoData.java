import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads demo data into a running local platform through its public REST APIs, as the demo users
 * would. Run by deploy/local/platform.sh as {@code java deploy/local/DemoData.java}: a single-file
 * Java 17 program without dependencies, so it needs no build.
 *
 * <p>Each {@link Step} checks whether its data is already there, so running it twice is harmless.
 * To load more (programmes, applications, reviews...), add a step to {@link #STEPS}.
 *
 * <p>Settings (environment): KEYCLOAK_URL, ASSOCIATIONS_URL, GRANTS_URL, REPORTING_URL.
 * On failure it prints one line with the reason on stderr and exits with 1.
 */
public class DemoData {

    interface Step {
        String name();

        boolean alreadyLoaded(Api api);

        void load(Api api);
    }

    static final List<Step> STEPS = List.of(new Associations());

    public static void main(String[] args) {
        Api api = new Api(Config.fromEnv());
        try {
            for (Step step : STEPS) {
                if (step.alreadyLoaded(api)) {
                    System.out.println(step.name() + ": already loaded, skipped");
                } else {
                    step.load(api);
                    System.out.println(step.name() + ": loaded");
                }
            }
        } catch (DemoDataException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    // ------------------------------------------------------------------ steps

    /** Three associations, one per region, registered by the applicants assoc1 and assoc2. */
    static final class Associations implements Step {
        static final Map<String, Object> REDCAMIF = json(
                "name", "Red Centroamericana de Microfinanzas",
                "acronym", "REDCAMIF",
                "country", "NI",
                "region", "LATIN_AMERICA_CARIBBEAN",
                "legalForm", "Network",
                "foundedYear", 2001,
                "website", "https://example.org/redcamif",
                "contactEmail", "info@redcamif.example.org");
        static final Map<String, Object> KENYA = json(
                "name", "Association of Microfinance Institutions of Kenya",
                "acronym", "AMFIK",
                "country", "KE",
                "region", "AFRICA",
                "legalForm", "Association",
                "foundedYear", 1999,
                "website", "https://example.org/amfik",
                "contactEmail", "info@amfik.example.org");
        static final Map<String, Object> CAMBODIA = json(
                "name", "Cambodia Microfinance Network",
                "acronym", "CMFN",
                "country", "KH",
                "region", "ASIA",
                "legalForm", "Network",
                "foundedYear", 2004,
                "website", "https://example.org/cmfn",
                "contactEmail", "info@cmfn.example.org");

        @Override
        public String name() {
            return "associations";
        }

        /** The first association stands for the whole step: they are loaded together. */
        @Override
        public boolean alreadyLoaded(Api api) {
            String name = (String) REDCAMIF.get("name");
            String page = api.get("assoc1", api.config.associationsUrl + "/api/associations?q=" + encode(name));
            return Pattern.compile("\"name\"\\s*:\\s*\"" + Pattern.quote(escape(name)) + "\"").matcher(page).find();
        }

        @Override
        public void load(Api api) {
            String url = api.config.associationsUrl + "/api/associations";
            api.post("assoc1", url, REDCAMIF);
            api.post("assoc2", url, KENYA);
            api.post("assoc2", url, CAMBODIA);
        }
    }

    // ------------------------------------------------------------------ plumbing

    record Config(String keycloakUrl, String associationsUrl, String grantsUrl, String reportingUrl) {
        static Config fromEnv() {
            return new Config(
                    env("KEYCLOAK_URL", "http://127.0.0.1:8180"),
                    env("ASSOCIATIONS_URL", "http://127.0.0.1:8081"),
                    env("GRANTS_URL", "http://127.0.0.1:8082"),
                    env("REPORTING_URL", "http://127.0.0.1:8083"));
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    static final class DemoDataException extends RuntimeException {
        DemoDataException(String message) {
            super(message);
        }
    }

    /** HTTP calls as a demo user, with one access token per user (they live an hour in the demo realm). */
    static final class Api {
        private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

        final Config config;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> tokens = new HashMap<>();

        Api(Config config) {
            this.config = config;
        }

        String get(String user, String url) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token(user))
                    .header("Accept", "application/json")
                    .GET(), user);
        }

        /** Returns the response body (the created resource, where the API sends it back). */
        String post(String user, String url, Map<String, Object> body) {
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token(user))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(toJson(body))), user);
        }

        /** Password grant on the public client grants-portal; the demo password is the user name. */
        private String token(String user) {
            return tokens.computeIfAbsent(user, u -> {
                String form = "grant_type=password&client_id=grants-portal&username=" + encode(u) + "&password=" + encode(u);
                String body = send(HttpRequest.newBuilder(
                                URI.create(config.keycloakUrl + "/realms/grants/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)), u);
                Matcher m = ACCESS_TOKEN.matcher(body);
                if (!m.find()) {
                    throw new DemoDataException("no access_token in Keycloak's answer for " + u);
                }
                return m.group(1);
            });
        }

        private String send(HttpRequest.Builder request, String user) {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            String call = built.method() + " " + built.uri() + " as " + user;
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw new DemoDataException(call + ": connection refused");
            } catch (IOException e) {
                throw new DemoDataException(call + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoDataException(call + ": interrupted");
            }
            if (response.statusCode() / 100 != 2) {
                throw new DemoDataException(call + ": HTTP " + response.statusCode() + " " + oneLine(response.body()));
            }
            return response.body();
        }
    }

    /** An insertion-ordered JSON object from alternating keys and values. */
    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** Strings, numbers, booleans, null and nested objects: all the request bodies need. */
    @SuppressWarnings("unchecked")
    static String toJson(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            ((Map<String, Object>) map).forEach((k, v) ->
                    out.append(out.length() > 1 ? "," : "").append('"').append(escape(k)).append("\":").append(toJson(v)));
            return out.append('}').toString();
        }
        return '"' + escape(value.toString()) + '"';
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String oneLine(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
