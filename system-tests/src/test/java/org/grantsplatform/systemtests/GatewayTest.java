package org.grantsplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.grantsplatform.systemtests.Platform.REPORTING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's API gateway ({@code /api/**}) from outside, as the CLI and partner systems use it: it checks the
 * token itself, sends each prefix to the service that owns it and passes the service's answer back untouched,
 * carries a request id, and limits each subject's rate. The suite starts the portal with a capacity of 100
 * requests and a refill of 2 a second ({@code PORTAL_GATEWAY_RATE_LIMIT_*}), slow enough that a burst of 150
 * overflows it even when a loaded machine spreads the burst over half a minute.
 */
@ExtendWith(Platform.class)
class GatewayTest {

    private static final Duration SETTLE = Duration.ofSeconds(15);
    // HTTP/1.1 as curl and most partner systems speak it (no h2c upgrade)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String associationId;

    @BeforeAll
    static void anAssociationToRouteTo() {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(Platform.url(Platform.PORTAL, "/q/health/ready"))).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (ConnectException e) {
            throw new AssertionError("no portal on " + Platform.PORTAL + ": the platform of the suite must start it", e);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Platform.Response created = Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"Gateway Route Network %s","country":"KE","region":"AFRICA"}""".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        associationId = created.json().get("id").asText();
    }

    @Test
    void shouldRefuseACallWithoutTokenWithProblemJson() {
        HttpResponse<String> answer = send(request("/api/programmes").GET());

        assertUnauthorized(answer);
    }

    @Test
    void shouldRefuseAMalformedOrForgedTokenWithProblemJson() {
        String token = Platform.token("donor1");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vYm9keQ";

        for (String bad : List.of("not-a-token", forged)) {
            assertUnauthorized(send(request("/api/programmes").header("Authorization", "Bearer " + bad).GET()));
        }
    }

    @Test
    void shouldRouteEveryPrefixToItsServiceAndAnswerAsTheServiceDoes() {
        record Route(int service, String path, String user) {
        }
        List<Route> routes = List.of(
                new Route(ASSOCIATIONS, "/api/associations", "donor1"),
                // associations-service alone has members: grants-service would answer 404
                new Route(ASSOCIATIONS, "/api/associations/" + associationId + "/members", "assoc1"),
                new Route(GRANTS, "/api/programmes", "donor1"),
                new Route(GRANTS, "/api/applications", "donor1"),
                new Route(GRANTS, "/api/grants", "donor1"),
                new Route(GRANTS, "/api/grants/" + UUID.randomUUID(), "donor1"),
                new Route(REPORTING, "/api/reports/portfolio?groupBy=donor", "donor1"),
                new Route(REPORTING, "/api/reports/portfolio", "donor1"),
                new Route(REPORTING, "/api/exports/grants.csv", "donor1"),
                new Route(REPORTING, "/api/admin/rebuild", "admin1"),
                new Route(REPORTING, "/api/admin/rebuild", "donor1"));

        for (Route route : routes) {
            String token = Platform.token(route.user());
            // read models follow events: compare until both answers agree
            await().atMost(SETTLE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                HttpResponse<String> direct = send(HttpRequest.newBuilder(URI.create(Platform.url(route.service(),
                        route.path()))).header("Authorization", "Bearer " + token).GET());
                HttpResponse<String> gateway = send(request(route.path())
                        .header("Authorization", "Bearer " + token).GET());
                String what = route.user() + " GET " + route.path() + " (service on " + route.service() + ")";
                assertThat(gateway.statusCode()).as(what + ": " + gateway.body()).isEqualTo(direct.statusCode());
                assertThat(contentType(gateway)).as(what).isEqualTo(contentType(direct));
                assertThat(gateway.body()).as(what).isEqualTo(direct.body());
            });
        }
        // the refusals above are the services' own, passed through
        assertThat(send(request("/api/admin/rebuild").header("Authorization", "Bearer " + Platform.token("donor1"))
                .GET()).statusCode()).isEqualTo(403);
        assertThat(send(request("/api/reports/portfolio").header("Authorization", "Bearer " + Platform.token("donor1"))
                .GET()).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldEchoTheRequestIdSentAndGenerateOneWhenAbsent() {
        String sent = "gateway-test-" + UUID.randomUUID();
        HttpResponse<String> echoed = send(authorized("/api/programmes", "donor1").header("X-Request-Id", sent).GET());
        assertThat(echoed.statusCode()).isEqualTo(200);
        assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue(sent);

        String first = send(authorized("/api/programmes", "donor1").GET()).headers().firstValue("X-Request-Id")
                .orElse("");
        String second = send(authorized("/api/programmes", "donor1").GET()).headers().firstValue("X-Request-Id")
                .orElse("");
        assertThat(first).as("a generated request id").isNotBlank().isNotEqualTo(second);
        assertThat(second).as("a generated request id").isNotBlank();
    }

    @Test
    void shouldLimitEachSubjectsRateWith429AndRetryAfter() {
        // 150 at once: well over a bucket of 100 refilled at 2 a second
        List<CompletableFuture<HttpResponse<String>>> burst = IntStream.range(0, 150)
                .mapToObj(i -> HTTP.sendAsync(authorized("/api/programmes?size=1", "donor2").GET().build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        // another subject meanwhile: its own bucket
        HttpResponse<String> other = send(authorized("/api/programmes?size=1", "donor1").GET());
        List<HttpResponse<String>> answers = new ArrayList<>(burst.stream().map(CompletableFuture::join).toList());

        assertThat(other.statusCode()).as("donor1 while donor2 is limited: " + other.body()).isEqualTo(200);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 429).contains(200, 429);
        HttpResponse<String> limited = answers.stream().filter(a -> a.statusCode() == 429).findFirst().orElseThrow();
        assertThat(contentType(limited)).startsWith("application/problem+json");
        assertThat(json(limited).get("status").asInt()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds.trim())).isPositive());
    }

    @Test
    void shouldPassAJsonBodyToTheServiceIntact() {
        String name = "Réseau des Caisses Gateway " + UUID.randomUUID();
        String body = """
                {"name":"%s","acronym":"RCG","country":"SN","region":"AFRICA","foundedYear":2004,
                 "website":"https://rcg.example.org","contactEmail":"contact@rcg.example.org"}""".formatted(name);

        HttpResponse<String> created = send(authorized("/api/associations", "assoc1")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode association = json(created);
        assertThat(association.get("name").asText()).isEqualTo(name);
        String id = association.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(URI.create(location).getPath()).isEqualTo("/api/associations/" + id));
        Platform.Response stored = Platform.get(ASSOCIATIONS, "/api/associations/" + id, "assoc1");
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().get("name").asText()).isEqualTo(name);
        assertThat(stored.json().get("foundedYear").asInt()).isEqualTo(2004);
        assertThat(stored.json().get("contactEmail").asText()).isEqualTo("contact@rcg.example.org");
    }

    private static void assertUnauthorized(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        assertThat(contentType(answer)).startsWith("application/problem+json");
        assertThat(json(answer).get("status").asInt()).isEqualTo(401);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Platform.url(Platform.PORTAL, path))).timeout(Duration.ofSeconds(30));
    }

    private static HttpRequest.Builder authorized(String path, String user) {
        return request(path).header("Authorization", "Bearer " + Platform.token(user));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
