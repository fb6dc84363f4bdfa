package org.grantsplatform.portal.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The gateway against stand-in services: token checks, routing, request ids, rate limits and streaming. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class ApiGatewayTest {

    @TestHTTPResource("/")
    URI portal;

    private static String token(String subject) {
        return Jwt.preferredUserName(subject).subject(subject).issuer("https://server.example.com")
                .audience("https://server.example.com").groups(Set.of("applicant")).sign();
    }

    @Test
    void shouldAnswer401ProblemWithoutAToken() {
        given().when().get("/api/programmes").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void shouldAnswer401ProblemForATokenItCannotVerify() {
        given().auth().oauth2("not-a-token").when().get("/api/programmes").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void shouldRouteEveryPrefixToTheServiceThatOwnsIt() {
        String token = token("router");
        assertRoutedTo(token, "/api/associations?q=x", "associations");
        assertRoutedTo(token, "/api/associations/7a0e1c3e-0000-4000-8000-000000000001/members", "associations");
        assertRoutedTo(token, "/api/programmes", "grants");
        assertRoutedTo(token, "/api/applications/1/history", "grants");
        assertRoutedTo(token, "/api/grants", "grants");
        assertRoutedTo(token, "/api/reports/portfolio?groupBy=donor", "reporting");
        assertRoutedTo(token, "/api/exports/grants.csv", "reporting");
        assertRoutedTo(token, "/api/admin/rebuild", "reporting");
        given().auth().oauth2(token).when().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void assertRoutedTo(String token, String path, String service) {
        given().auth().oauth2(token).when().get(path).then().statusCode(200)
                .body("service", equalTo(service)).body("uri", equalTo(path)).body("authorization", equalTo(true));
    }

    @Test
    void shouldPassABodyAndTheCallersHostThrough() {
        String json = "{\"name\":\"Réseau des IMF\",\"country\":\"SN\"}";
        given().auth().oauth2(token("poster")).contentType("application/json").body(json)
                .when().post("/api/associations").then().statusCode(200)
                .body("method", equalTo("POST")).body("body", equalTo(json))
                .body("host", equalTo(portal.getHost() + ":" + portal.getPort()));
    }

    @Test
    void shouldKeepTheCallersRequestIdAndSendItToTheService() {
        Response response = given().auth().oauth2(token("traced")).header("X-Request-Id", "trace-42")
                .when().get("/api/grants");
        response.then().statusCode(200).body("requestId", equalTo("trace-42"));
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("trace-42");
    }

    @Test
    void shouldGiveARequestIdWhenTheCallerSentNoneOrAnUnsafeOne() {
        Response response = given().auth().oauth2(token("untraced")).header("X-Request-Id", "bad id\twith tab")
                .when().get("/api/grants");
        response.then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void shouldLimitEachSubjectsRateWithRetryAfter() {
        String busy = token("busy-subject");
        List<Integer> statuses = new ArrayList<>();
        String retryAfter = null;
        for (int i = 0; i < 20; i++) {
            Response response = given().auth().oauth2(busy).when().get("/api/programmes");
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                retryAfter = response.header("Retry-After");
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(statuses).as("the test profile allows a burst of 10").contains(429)
                .startsWith(200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        assertThat(retryAfter).isNotNull();
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        given().auth().oauth2(token("calm-subject")).when().get("/api/programmes").then().statusCode(200);
    }

    @Test
    void shouldStreamALargeAnswerInsteadOfHoldingIt() throws Exception {
        FakeServices.releaseStream = new CompletableFuture<>();
        HttpRequest request = HttpRequest.newBuilder(portal.resolve("/api/exports/stream"))
                .header("Authorization", "Bearer " + token("exporter")).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long total = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[FakeServices.CHUNK];
            // The first chunk arrives while the service still holds back the rest: nothing waits for the whole body.
            total += body.readNBytes(buffer, 0, FakeServices.CHUNK);
            FakeServices.releaseStream.complete(null);
            int read;
            while ((read = body.read(buffer)) > 0) {
                total += read;
            }
        }
        assertThat(total).isEqualTo((long) FakeServices.CHUNK * FakeServices.CHUNKS);
    }
}
