import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server time of the portal's pages under concurrent users (issue 12): each of USERS virtual users logs in through
 * Keycloak's form with its own session, then all of them request one page at a time, back to back, for MEASURE_S
 * seconds after WARMUP_S; the latency of each answer (loopback, so the portal's time plus its calls to the services)
 * gives p50, p95 and p99 per page. Pages with ids are found by following the first link of their list.
 *
 * Settings (environment): PORTAL_URL (http://127.0.0.1:8080), USERS (20), WARMUP_S (3), MEASURE_S (10), PAGES_OF
 * (the users whose pages to measure, e.g. {@code pm1}; all by default), OUT (a JSON file for the results). Run: java bench/portal-pages/PortalPages.java (see bench/portal-pages/run).
 */
public class PortalPages {

    static final String PORTAL = env("PORTAL_URL", "http://127.0.0.1:8080");
    static final int USERS = Integer.parseInt(env("USERS", "20"));
    static final int WARMUP_S = Integer.parseInt(env("WARMUP_S", "3"));
    static final int MEASURE_S = Integer.parseInt(env("MEASURE_S", "10"));
    static final Pattern UUID_LINK = Pattern.compile("href=\"(/[a-z/]+/[0-9a-f-]{36})\"");
    /** The users whose pages are measured (a comma-separated subset of those in main); blank: all. */
    static final String ONLY = env("PAGES_OF", "");

    record Session(String user, HttpClient http) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, List<String>> pagesByUser = new LinkedHashMap<>();
        pagesByUser.put("assoc1", List.of("/", "/associations", "/associations/{first}", "/calls", "/calls/{first}",
                "/applications", "/applications/{first}", "/grants", "/grants/{first}"));
        pagesByUser.put("reviewer1", List.of("/reviews", "/reviews/{first}"));
        // the report pages (issue 13) as a program manager, who sees every programme's figures
        pagesByUser.put("pm1", List.of("/reports/portfolio", "/reports/portfolio?groupBy=region", "/reports/pipeline",
                "/reports/disbursements", "/reports/social-performance", "/reports/grants", "/reports/grants/{first}"));
        if (!ONLY.isBlank()) {
            pagesByUser.keySet().retainAll(List.of(ONLY.split(",")));
        }
        Map<String, Object> results = new LinkedHashMap<>();
        for (var entry : pagesByUser.entrySet()) {
            List<Session> sessions = new ArrayList<>();
            for (int i = 0; i < USERS; i++) {
                sessions.add(login(entry.getKey()));
            }
            String list = null;
            for (String page : entry.getValue()) {
                String path = page;
                if (page.endsWith("{first}")) {
                    path = firstLink(sessions.get(0), list);
                    if (path == null) {
                        System.out.printf("%-10s %-28s skipped: no item in %s%n", entry.getKey(), page, list);
                        continue;
                    }
                } else {
                    list = page;
                }
                Map<String, Object> figures = measure(sessions, path);
                results.put(entry.getKey() + " " + page, figures);
                System.out.printf("%-10s %-28s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  %7.1f pages/s  errors %s%n",
                        entry.getKey(), page, figures.get("p50_ms"), figures.get("p95_ms"), figures.get("p99_ms"),
                        figures.get("pages_per_s"), figures.get("errors"));
            }
        }
        String out = System.getenv("OUT");
        if (out != null) {
            Files.writeString(Path.of(out), toJson(results));
        }
    }

    /** The portal's answers to USERS sessions requesting {@code path} back to back. */
    static Map<String, Object> measure(List<Session> sessions, String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        long start = System.nanoTime();
        long measureFrom = start + Duration.ofSeconds(WARMUP_S).toNanos();
        long end = measureFrom + Duration.ofSeconds(MEASURE_S).toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (Session session : sessions) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                long errors = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = get(session, path);
                    long t1 = System.nanoTime();
                    if (t0 >= measureFrom) {
                        latencies.add(t1 - t0);
                        if (response.statusCode() != 200) {
                            errors++;
                        }
                    }
                }
                long[] result = new long[latencies.size() + 1];
                result[0] = errors;
                for (int i = 0; i < latencies.size(); i++) {
                    result[i + 1] = latencies.get(i);
                }
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            errors += r[0];
            for (int i = 1; i < r.length; i++) {
                all.add(r[i]);
            }
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("path", path);
        figures.put("users", sessions.size());
        figures.put("requests", sorted.length);
        figures.put("errors", errors);
        figures.put("pages_per_s", sorted.length / (double) MEASURE_S);
        figures.put("p50_ms", percentile(sorted, 0.50));
        figures.put("p95_ms", percentile(sorted, 0.95));
        figures.put("p99_ms", percentile(sorted, 0.99));
        return figures;
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, index)] / 100_000.0) / 10.0;
    }

    static String firstLink(Session session, String list) throws IOException, InterruptedException {
        String html = get(session, list).body();
        Matcher m = UUID_LINK.matcher(html);
        while (m.find()) {
            if (m.group(1).startsWith(list.equals("/calls") ? "/calls/" : list + "/")) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A session of its own: the portal sends the browser to Keycloak, which answers a login form. */
    static Session login(String user) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new HostCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5)).build();
        Session session = new Session(user, http);
        String form = get(session, "/").body();
        Matcher action = Pattern.compile("action=\"([^\"]*login-actions[^\"]*)\"").matcher(form);
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form for " + user);
        }
        String body = "username=" + enc(user) + "&password=" + enc(user);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(PORTAL)) {
            throw new IllegalStateException("login of " + user + " ended at " + home.uri() + " with " + home.statusCode());
        }
        return session;
    }

    /**
     * Every cookie a host set, sent back to that host: a browser's behaviour for this flow. (java.net.CookieManager
     * drops Keycloak's RFC 2965 cookies for a host that is an IP address, and the login then fails.)
     */
    static final class HostCookies extends CookieHandler {
        private final Map<String, Map<String, String>> byHost = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
            if (cookies.isEmpty()) {
                return Map.of();
            }
            List<String> pairs = new ArrayList<>();
            cookies.forEach((name, value) -> pairs.add(name + "=" + value));
            return Map.of("Cookie", List.of(String.join("; ", pairs)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((header, values) -> {
                if (header != null && header.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        Map<String, String> cookies = byHost.computeIfAbsent(uri.getHost(),
                                h -> new java.util.concurrent.ConcurrentHashMap<>());
                        String name = pair.substring(0, eq).trim();
                        String cookie = pair.substring(eq + 1).trim();
                        boolean expired = value.toLowerCase().contains("max-age=0") || cookie.isEmpty();
                        if (expired) {
                            cookies.remove(name);
                        } else {
                            cookies.put(name, cookie);
                        }
                    }
                }
            });
        }
    }

    static HttpResponse<String> get(Session session, String path) throws IOException, InterruptedException {
        return session.http().send(HttpRequest.newBuilder(URI.create(PORTAL + path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "en-GB").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String toJson(Map<String, Object> results) {
        StringBuilder json = new StringBuilder("{\n");
        int i = 0;
        for (var e : results.entrySet()) {
            json.append("  \"").append(e.getKey()).append("\": {");
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) e.getValue();
            json.append(String.join(", ", figures.entrySet().stream()
                    .map(f -> "\"" + f.getKey() + "\": " + (f.getValue() instanceof String s ? "\"" + s + "\"" : f.getValue()))
                    .toList()));
            json.append(++i < results.size() ? "},\n" : "}\n");
        }
        return json.append("}\n").toString();
    }
}
