package org.grantsplatform.runtime.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Authorization rules of a service, one per operation of its OpenAPI document, and the requests that
 * prove them: every rule × every caller, each answered as the rule says. A documented operation
 * without a rule, or a rule for an operation that is gone, fails {@link #assertRulesMatch}.
 */
public final class AccessMatrix {

    /** What a caller gets. */
    public enum Access {
        /** 2xx. */
        ALLOWED,
        /** 2xx, and the answer contains the rule's object. */
        SEES,
        /** 2xx, and the answer leaves the rule's object out (outside the caller's scope). */
        FILTERED,
        /** 403: the role or the relation to the object does not allow it. */
        FORBIDDEN,
        /** 404: the object is outside the caller's scope, as if it did not exist. */
        HIDDEN,
        /** 401: no token. */
        UNAUTHENTICATED
    }

    /** A user of the realm with their realm roles; {@link #ANONYMOUS} sends no token. */
    public record Caller(String user, List<String> roles) {

        public static final Caller ANONYMOUS = new Caller(null, List.of());

        public static Caller of(String user, String... roles) {
            return new Caller(user, List.of(roles));
        }

        RequestSpecification request() {
            RequestSpecification spec = given().contentType(ContentType.JSON);
            return user == null ? spec
                    : spec.header("Authorization", TestTokens.bearer(user, roles.toArray(String[]::new)));
        }

        @Override
        public String toString() {
            return user == null ? "anonymous" : user + roles;
        }
    }

    /**
     * One operation's rule. {@code fixture} makes the objects the path (and query) refer to, by name; a
     * call that may change them gets a fresh fixture, every other call shares one.
     */
    public static final class Rule {

        private final String operation;
        private final String who;
        private final Map<String, Access> access = new HashMap<>();
        private Access otherwise = Access.FORBIDDEN;
        private Supplier<Map<String, String>> fixture = Map::of;
        private Function<Map<String, String>, Object> body;
        private final Map<String, String> query = new LinkedHashMap<>();
        private String object;
        private Map<String, String> shared;

        private Rule(String operation, String who) {
            this.operation = operation;
            this.who = who;
        }

        public String operation() {
            return operation;
        }

        public Rule fixture(Supplier<Map<String, String>> fixture) {
            this.fixture = fixture;
            return this;
        }

        public Rule body(Function<Map<String, String>, Object> body) {
            this.body = body;
            return this;
        }

        /** A query parameter; a value in braces names a fixture object. */
        public Rule query(String name, String value) {
            query.put(name, value);
            return this;
        }

        /** The fixture object whose id {@link Access#SEES} and {@link Access#FILTERED} look for. */
        public Rule object(String name) {
            this.object = name;
            return this;
        }

        public Rule allow(String... users) {
            return give(Access.ALLOWED, users);
        }

        public Rule sees(String... users) {
            return give(Access.SEES, users);
        }

        public Rule filters(String... users) {
            return give(Access.FILTERED, users);
        }

        public Rule hides(String... users) {
            return give(Access.HIDDEN, users);
        }

        public Rule forbids(String... users) {
            return give(Access.FORBIDDEN, users);
        }

        /** What everyone not named gets (403 unless said otherwise); no token is always 401. */
        public Rule otherwise(Access access) {
            this.otherwise = access;
            return this;
        }

        private Rule give(Access a, String... users) {
            Arrays.stream(users).forEach(u -> access.put(u, a));
            return this;
        }

        Access accessOf(Caller caller) {
            return caller.user() == null ? Access.UNAUTHENTICATED : access.getOrDefault(caller.user(), otherwise);
        }

        boolean changes() {
            return !operation.startsWith("GET ");
        }

        synchronized Map<String, String> shared() {
            if (shared == null) {
                shared = fixture.get();
            }
            return shared;
        }

        @Override
        public String toString() {
            return operation + " (" + who + ")";
        }
    }

    /** One request of the matrix. */
    public record Case(Rule rule, Caller caller, Access expected) {

        /** Sends the request and checks the answer against the rule. */
        public void run() {
            boolean succeeds = expected == Access.ALLOWED || expected == Access.SEES || expected == Access.FILTERED;
            Map<String, String> fixture = succeeds && rule.changes() ? rule.fixture.get() : rule.shared();
            String method = rule.operation.substring(0, rule.operation.indexOf(' '));
            String path = rule.operation.substring(method.length() + 1);
            for (Map.Entry<String, String> f : fixture.entrySet()) {
                path = path.replace("{" + f.getKey() + "}", f.getValue());
            }
            assertThat(path).as("fixture of %s fills every path parameter", rule).doesNotContain("{");
            RequestSpecification request = caller.request();
            rule.query.forEach((name, value) -> request.queryParam(name, value.startsWith("{")
                    ? fixture.get(value.substring(1, value.length() - 1)) : value));
            if (rule.body != null) {
                request.body(rule.body.apply(fixture));
            }
            Response response = request.request(method, path);
            int status = response.statusCode();
            String answer = status + " " + response.asString();
            switch (expected) {
                case ALLOWED, SEES, FILTERED -> {
                    assertThat(status).as("%s: %s", this, answer).isBetween(200, 299);
                    if (expected != Access.ALLOWED) {
                        String id = fixture.get(rule.object);
                        assertThat(id).as("%s names its object", rule).isNotNull();
                        assertThat(response.asString().contains(id)).as("%s: %s in %s", this, id, answer)
                                .isEqualTo(expected == Access.SEES);
                    }
                }
                case FORBIDDEN, HIDDEN, UNAUTHENTICATED -> {
                    int want = expected == Access.FORBIDDEN ? 403 : expected == Access.HIDDEN ? 404 : 401;
                    assertThat(status).as("%s: %s", this, answer).isEqualTo(want);
                    assertThat(response.contentType()).as("%s", this).startsWith("application/problem+json");
                }
            }
        }

        @Override
        public String toString() {
            return caller + " " + rule.operation + " → " + expected;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private AccessMatrix() {
    }

    /** A rule for {@code "METHOD /path/{template}"}, as the OpenAPI document names it; {@code who} in API.md's words. */
    public static Rule rule(String operation, String who) {
        return new Rule(operation, who);
    }

    /** Every operation under {@code /api} of the document, as {@code "METHOD /path/{template}"}. */
    public static Set<String> operations(String openApi) {
        JsonNode doc;
        try {
            doc = JSON.readTree(openApi);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        Set<String> operations = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            });
        }
        return operations;
    }

    /** Fails naming each documented operation without a rule, each rule without an operation, and each duplicate. */
    public static void assertRulesMatch(String openApi, List<Rule> rules) {
        Set<String> documented = operations(openApi);
        List<String> ruled = rules.stream().map(Rule::operation).toList();
        Set<String> missing = new TreeSet<>(documented);
        ruled.forEach(missing::remove);
        Set<String> stale = new TreeSet<>(ruled);
        stale.removeAll(documented);
        List<String> duplicates = new ArrayList<>(ruled);
        new TreeSet<>(ruled).forEach(duplicates::remove);
        assertThat(documented).as("operations in the OpenAPI document").isNotEmpty();
        assertThat(missing).as("operations without an authorization rule").isEmpty();
        assertThat(stale).as("rules for operations the OpenAPI document does not have").isEmpty();
        assertThat(duplicates).as("operations with more than one rule").isEmpty();
    }

    /** Every rule × every caller. */
    public static Stream<Case> cases(List<Rule> rules, List<Caller> callers) {
        return rules.stream().flatMap(r -> callers.stream().map(c -> new Case(r, c, r.accessOf(c))));
    }
}
