package org.grantsplatform.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A client that makes state changes through the public APIs at a steady rate from several threads:
 * associations registered and members added in associations-service, applications created and
 * submitted in grants-service. It retries what failed with a 5xx or no answer at all, and before
 * re-sending a create it looks the object up by its unique name, so a retry never makes a second
 * one (only money-moving endpoints take an Idempotency-Key; creates and submit do not). Every
 * change it saw committed goes to its ledger; every 5xx or connection failure to its incidents,
 * with whether the operation then completed.
 */
final class LoadDriver {

    static final String REGISTRANT = "assoc2";
    static final String APPLICANT = "assoc1";
    private static final String[][] PLACES = {{"SN", "AFRICA"}, {"GH", "AFRICA"}, {"KH", "ASIA"},
        {"NP", "ASIA"}, {"PE", "LATIN_AMERICA_CARIBBEAN"}, {"BO", "LATIN_AMERICA_CARIBBEAN"}, {"MA",
            "MIDDLE_EAST_NORTH_AFRICA"}, {"AL", "EUROPE"}};
    private static final Duration OPERATION_DEADLINE = Duration.ofSeconds(150);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String prefix;
    private final List<Integer> associationPorts;
    private final List<Integer> grantsPorts;
    private final String programmeId;
    private final List<String> applicantAssociations;
    private final AtomicInteger sequence = new AtomicInteger();

    final List<Registered> associations = new CopyOnWriteArrayList<>();
    final List<String> members = new CopyOnWriteArrayList<>();
    final List<Submitted> applications = new CopyOnWriteArrayList<>();
    final Incidents incidents = new Incidents();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final AtomicLong changes = new AtomicLong();
    final AtomicLong requests = new AtomicLong();

    record Registered(String id, String name, String country, String region) {
    }

    record Submitted(String id, String programmeId, BigDecimal amount) {
    }

    /** A 5xx or a request without an answer, and whether its operation completed in the end. */
    record Incident(String operation, String endpoint, String failure, boolean completed) {
    }

    static final class Incidents extends ConcurrentLinkedQueue<Incident> {
        private static final long serialVersionUID = 1L;

        long serverErrors() {
            return stream().filter(i -> i.failure().startsWith("HTTP 5")).count();
        }

        long connectionFailures() {
            return stream().filter(i -> !i.failure().startsWith("HTTP 5")).count();
        }

        long completed() {
            return stream().filter(Incident::completed).count();
        }

        List<Incident> notCompleted() {
            return stream().filter(i -> !i.completed()).toList();
        }
    }

    LoadDriver(String prefix, List<Integer> associationPorts, List<Integer> grantsPorts, String programmeId,
            List<String> applicantAssociations) {
        this.prefix = prefix;
        this.associationPorts = associationPorts;
        this.grantsPorts = grantsPorts;
        this.programmeId = programmeId;
        this.applicantAssociations = applicantAssociations;
    }

    /**
     * Makes at least {@code total} changes at {@code operationsPerSecond} (an operation is one or two
     * changes) and returns when every operation completed or gave up.
     */
    void run(int total, int operationsPerSecond, int threads) throws InterruptedException {
        long start = System.nanoTime();
        AtomicInteger tickets = new AtomicInteger();
        AtomicInteger planned = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                work(start, tickets, planned, total, operationsPerSecond);
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(total / operationsPerSecond + OPERATION_DEADLINE.toSeconds() + 60,
                TimeUnit.SECONDS)) {
            pool.shutdownNow();
            failures.add("the load did not finish in time");
        }
    }

    /** Takes the next operation's ticket, waits until it is due and runs it; stops once the total is planned. */
    private void work(long start, AtomicInteger tickets, AtomicInteger planned, int total, int operationsPerSecond)
            throws InterruptedException {
        while (true) {
            int ticket = tickets.getAndIncrement();
            int kind = ticket % 10;
            int size = kind >= 7 ? 2 : 1;
            if (planned.getAndAdd(size) >= total) {
                return;
            }
            long wait = start + ticket * 1_000_000_000L / operationsPerSecond - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            try {
                if (kind < 4 || associations.isEmpty()) {
                    register();
                } else if (kind < 7) {
                    addMember();
                } else {
                    apply();
                }
            } catch (RuntimeException e) {
                failures.add("operation " + ticket + ": " + e);
            }
        }
    }

    // ------------------------------------------------------------------ operations

    private void register() {
        String[] place = PLACES[ThreadLocalRandom.current().nextInt(PLACES.length)];
        String name = prefix + " association " + sequence.incrementAndGet();
        String body = "{\"name\":\"%s\",\"country\":\"%s\",\"region\":\"%s\",\"contactEmail\":\"office@example.org\"}"
                .formatted(name, place[0], place[1]);
        Route route = new Route(associationPorts);
        Optional<String> id = create("register", route, "/api/associations", REGISTRANT, body,
                () -> findByName(route, "/api/associations?q=" + enc(name), REGISTRANT,
                        item -> name.equals(item.path("name").asText())));
        id.ifPresent(i -> {
            associations.add(new Registered(i, name, place[0], place[1]));
            changes.incrementAndGet();
        });
    }

    private void addMember() {
        Registered association = associations.get(ThreadLocalRandom.current().nextInt(associations.size()));
        String name = prefix + " member " + sequence.incrementAndGet();
        String path = "/api/associations/" + association.id() + "/members";
        String body = "{\"name\":\"%s\",\"country\":\"%s\",\"joinedYear\":2015}".formatted(name, association.country());
        Route route = new Route(associationPorts);
        Optional<String> id = create("add member", route, path, REGISTRANT, body,
                () -> findByName(route, path, REGISTRANT, item -> name.equals(item.path("name").asText())));
        id.ifPresent(i -> {
            members.add(i);
            changes.incrementAndGet();
        });
    }

    private void apply() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String associationId = applicantAssociations.get(random.nextInt(applicantAssociations.size()));
        String title = prefix + " application " + sequence.incrementAndGet();
        BigDecimal amount = BigDecimal.valueOf(random.nextLong(100_000, 5_000_000), 2);
        String body = """
                {"programmeId":"%s","associationId":"%s","title":"%s","summary":"Load under faults",
                 "window":"CAPACITY_BUILDING","strategies":["MEMBER_CAPACITY"],"requestedAmount":%s,
                 "budgetLines":[{"category":"training","description":"workshops","amount":%s}],
                 "outcomes":[{"indicator":"SP officers trained","baseline":"0","target":"20"}],
                 "durationMonths":12}""".formatted(programmeId, associationId, title, amount, amount);
        Route route = new Route(grantsPorts);
        Optional<String> id = create("create application", route, "/api/applications", APPLICANT, body,
                () -> findByName(route, "/api/applications?programmeId=" + programmeId + "&associationId="
                        + associationId, APPLICANT, item -> title.equals(item.path("title").asText())));
        if (id.isEmpty()) {
            return;
        }
        changes.incrementAndGet();
        if (submit(route, id.get())) {
            applications.add(new Submitted(id.get(), programmeId, amount));
            changes.incrementAndGet();
        }
    }

    /**
     * POSTs a create until it answers 201; after a 5xx or no answer, first looks for the object
     * (the request may have committed before the failure) and only then sends it again.
     */
    private Optional<String> create(String operation, Route route, String path, String user, String body,
            Lookup lookup) {
        long deadline = System.nanoTime() + OPERATION_DEADLINE.toNanos();
        List<String> failed = new ArrayList<>();
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            if (!failed.isEmpty()) {
                pause(attempt);
                Optional<Optional<String>> found = lookup.find();
                if (found.isEmpty()) {
                    continue;
                }
                if (found.get().isPresent()) {
                    return completed(operation, path, failed, found.get());
                }
            }
            Answer answer = send(route, "POST", path, user, body);
            if (answer.status() == 201) {
                return completed(operation, path, failed, Optional.of(answer.json().path("id").asText()));
            }
            if (!answer.retriable()) {
                return gaveUp(operation, path, failed, answer);
            }
            failed.add(answer.failure());
        }
        return gaveUp(operation, path, failed, null);
    }

    /** Submits until it answers 200; a 409 after a failed attempt means that attempt committed. */
    private boolean submit(Route route, String id) {
        String path = "/api/applications/" + id + "/submit";
        long deadline = System.nanoTime() + OPERATION_DEADLINE.toNanos();
        List<String> failed = new ArrayList<>();
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            if (!failed.isEmpty()) {
                pause(attempt);
            }
            Answer answer = send(route, "POST", path, APPLICANT, "");
            if (answer.status() == 200) {
                return completed("submit", path, failed, Optional.of(id)).isPresent();
            }
            if (answer.status() == 409 && !failed.isEmpty()) {
                Answer current = send(route, "GET", "/api/applications/" + id, APPLICANT, null);
                if (current.status() == 200 && "SUBMITTED".equals(current.json().path("status").asText())) {
                    return completed("submit", path, failed, Optional.of(id)).isPresent();
                }
            }
            if (!answer.retriable()) {
                return gaveUp("submit", path, failed, answer).isPresent();
            }
            failed.add(answer.failure());
        }
        return gaveUp("submit", path, failed, null).isPresent();
    }

    private Optional<String> completed(String operation, String path, List<String> failed, Optional<String> id) {
        failed.forEach(f -> incidents.add(new Incident(operation, path, f, true)));
        return id;
    }

    private Optional<String> gaveUp(String operation, String path, List<String> failed, Answer last) {
        failed.forEach(f -> incidents.add(new Incident(operation, path, f, false)));
        failures.add(operation + " " + path + " gave up: " + (last == null ? "deadline passed after " + failed
                : "HTTP " + last.status() + " " + last.body()));
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Lookup {
        /** @return empty when the lookup itself failed, else whether the object was found. */
        Optional<Optional<String>> find();
    }

    /** Pages through a list for the one item the predicate accepts. */
    private Optional<Optional<String>> findByName(Route route, String path, String user,
            Predicate<JsonNode> match) {
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            Answer answer = send(route, "GET", path + separator + "size=100&page=" + page, user, null);
            if (answer.status() != 200) {
                return Optional.empty();
            }
            JsonNode items = answer.json().path("items");
            for (JsonNode item : items) {
                if (match.test(item)) {
                    return Optional.of(Optional.of(item.path("id").asText()));
                }
            }
            if (items.size() < 100) {
                return Optional.of(Optional.empty());
            }
        }
    }

    // ------------------------------------------------------------------ HTTP

    record Answer(int status, String body, String failure) {

        boolean retriable() {
            return status < 0 || status >= 500;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    /**
     * The instances of a service as one operation sees them: it starts at a random one and moves to
     * the next after a request got no answer or a 5xx, as a client behind a load balancer would.
     */
    private static final class Route {
        private final List<Integer> ports;
        private int next;

        Route(List<Integer> ports) {
            this.ports = ports;
            this.next = ThreadLocalRandom.current().nextInt(ports.size());
        }

        int port() {
            return ports.get(next);
        }

        void failed() {
            next = (next + 1) % ports.size();
        }
    }

    /** One request to the operation's current instance; no answer at all is status -1. */
    private Answer send(Route route, String method, String path, String user, String body) {
        int port = route.port();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.url(port, path)))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + Platform.token(user));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        requests.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 500) {
                route.failed();
            }
            return new Answer(status, response.body(), status >= 500 ? "HTTP " + status + " from " + port : null);
        } catch (IOException e) {
            route.failed();
            return new Answer(-1, "", e.getClass().getSimpleName() + " on " + port);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2_000, 100L << Math.min(attempt, 5)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
