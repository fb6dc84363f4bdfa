package org.grantsplatform.runtime.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The test OIDC server (Quarkus' WireMock one), also answering the calls of service-runtime's user directory as
 * Keycloak's token endpoint and admin REST API would, for the demo users with subjects {@code sub-<user>}
 * ({@link TestTokens}). Replaces {@link OidcWiremockTestResource} in a service's test infrastructure; a test
 * gets the server with {@code @OidcWireMock WireMockServer} and makes the directory fail with {@link #outage}.
 */
public class KeycloakTestServer extends OidcWiremockTestResource {

    public static final String CLIENT_SECRET = "test-directory-secret";
    private static final String BEARER = "Bearer directory-test-token";
    private static final String ADMIN = "/auth/admin/realms/quarkus";
    private static final String TOKEN_PATH = "/auth/realms/quarkus/protocol/openid-connect/token";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** WireMock's priorities: the lower, the earlier a stub is tried. */
    private static final int OUTAGE = 1;
    private static final int SPECIFIC = 2;
    private static final int FALLBACK = 5;

    /** A user of the test directory. */
    public record User(String username, String firstName, String lastName, boolean enabled, List<String> roles) {

        public String subject() {
            return TestTokens.subjectOf(username);
        }

        public String email() {
            return username + "@grants.example.org";
        }

        public String name() {
            return firstName + " " + lastName;
        }

        Map<String, Object> representation() {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("id", subject());
            user.put("username", username);
            user.put("firstName", firstName);
            user.put("lastName", lastName);
            user.put("email", email());
            user.put("enabled", enabled);
            return user;
        }

        boolean matches(String term) {
            return Stream.of(username, firstName, lastName, email())
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(term));
        }
    }

    /** The realm's demo users, pmdonor of the grants tests, and a disabled reviewer. */
    public static final List<User> USERS = List.of(
            new User("admin1", "Alex", "Meyer", true, List.of("admin")),
            new User("assoc1", "Ana", "Castillo", true, List.of("applicant")),
            new User("assoc2", "Amara", "Njoroge", true, List.of("applicant")),
            new User("donor1", "Dana", "Whitfield", true, List.of("donor")),
            new User("donor2", "Daniel", "Okafor", true, List.of("donor")),
            new User("pm1", "Paula", "Mendes", true, List.of("program-manager")),
            new User("pmdonor", "Pat", "Doyle", true, List.of("program-manager", "donor")),
            new User("retired1", "Ruth", "Baker", false, List.of("reviewer")),
            new User("reviewer1", "Rita", "Lindqvist", true, List.of("reviewer")),
            new User("reviewer2", "Ravi", "Sharma", true, List.of("reviewer")),
            new User("reviewer3", "Rosa", "Ferreira", true, List.of("reviewer", "applicant")));

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        URI server = URI.create(config.get("keycloak.url"));
        WireMock wireMock = new WireMock(server.getHost(), server.getPort());
        stubDirectory(wireMock);
        config.put("platform.directory.client-secret", CLIENT_SECRET);
        return config;
    }

    /**
     * Every admin call (and token request) fails with a reset connection until the returned stub is removed:
     * {@code wireMock.removeStub(outage)}. The directory caches answers, so a test of an outage asks for
     * something not asked for before.
     */
    public static StubMapping outage(WireMockServer wireMock) {
        return wireMock.stubFor(any(urlPathMatching(ADMIN + "/.*|" + TOKEN_PATH))
                .atPriority(OUTAGE).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static void stubDirectory(WireMock wireMock) {
        wireMock.register(post(urlPathEqualTo(TOKEN_PATH)).atPriority(SPECIFIC)
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_secret=" + CLIENT_SECRET))
                .willReturn(okJson("{\"access_token\":\"directory-test-token\",\"expires_in\":300,"
                        + "\"token_type\":\"Bearer\"}")));
        wireMock.register(post(urlPathEqualTo(TOKEN_PATH)).atPriority(FALLBACK)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"unauthorized_client\"}")));
        for (User user : USERS) {
            wireMock.register(admin(get(urlPathEqualTo(ADMIN + "/users/" + user.subject())))
                    .willReturn(okJson(write(user.representation()))));
            wireMock.register(admin(get(urlPathEqualTo(ADMIN + "/users/" + user.subject()
                    + "/role-mappings/realm/composite")))
                    .willReturn(okJson(write(user.roles().stream().map(r -> Map.of("name", r)).toList()))));
            wireMock.register(admin(get(urlPathEqualTo(ADMIN + "/users")))
                    .withQueryParam("username", equalTo(user.username())).withQueryParam("exact", equalTo("true"))
                    .willReturn(okJson(write(List.of(user.representation())))));
            wireMock.register(admin(get(urlPathEqualTo(ADMIN + "/users")))
                    .withQueryParam("email", equalTo(user.email())).withQueryParam("exact", equalTo("true"))
                    .willReturn(okJson(write(List.of(user.representation())))));
        }
        wireMock.register(admin(get(urlPathEqualTo(ADMIN + "/users"))).withQueryParam("search", absent())
                .withQueryParam("first", equalTo("0")).withQueryParam("username", absent())
                .withQueryParam("email", absent())
                .willReturn(okJson(write(USERS.stream().map(User::representation).toList()))));
        // a search for a part of any user's names (in lower case, as the directory sends it) finds those containing it
        Set<String> terms = new LinkedHashSet<>(List.of("reviewer", "grants.example.org"));
        USERS.forEach(u -> Stream.of(u.username(), u.firstName(), u.lastName())
                .forEach(v -> terms.add(v.toLowerCase(Locale.ROOT))));
        for (String term : terms) {
            wireMock.register(admin(get(urlPathEqualTo(ADMIN + "/users")))
                    .withQueryParam("search", equalTo("*" + term + "*")).withQueryParam("first", equalTo("0"))
                    .willReturn(okJson(write(USERS.stream().filter(u -> u.matches(term))
                            .map(User::representation).toList()))));
        }
        wireMock.register(admin(get(urlPathEqualTo(ADMIN + "/users"))).atPriority(FALLBACK).willReturn(okJson("[]")));
        wireMock.register(admin(any(urlPathMatching(ADMIN + "/.*"))).atPriority(FALLBACK + 1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"User not found\"}")));
        wireMock.register(any(urlPathMatching(ADMIN + "/.*")).atPriority(FALLBACK + 2)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"HTTP 401 Unauthorized\"}")));
    }

    /** An admin API call made with the service account's token; without a priority of its own, a specific one. */
    private static MappingBuilder admin(MappingBuilder mapping) {
        return mapping.atPriority(SPECIFIC).withHeader("Authorization", equalTo(BEARER));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
