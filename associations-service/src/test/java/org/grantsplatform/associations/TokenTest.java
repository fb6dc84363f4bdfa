package org.grantsplatform.associations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.grantsplatform.runtime.testing.BadTokens;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A token wrong in any one way is a 401 problem+json, whatever the role it claims. */
@QuarkusTest
class TokenTest {

    static Stream<Arguments> badTokens() {
        return BadTokens.all("admin1", "admin").entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void shouldRefuseABadToken(String kind, String token) {
        given().header("Authorization", "Bearer " + token).header("X-Test-Case", kind)
                .when().get("/api/associations")
                .then().log().ifValidationFails().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void shouldRefuseAMissingOrNonBearerToken() {
        for (Map.Entry<String, String> header : Map.of("Authorization", "Basic YWRtaW4xOmFkbWlu",
                "X-Token", BadTokens.sign(BadTokens.claims("admin1", "admin"))).entrySet()) {
            given().header(header.getKey(), header.getValue())
                    .when().get("/api/associations")
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void shouldServeAVerifiedTokenAgainAsTheSameCaller() {
        String token = BadTokens.sign(BadTokens.claims("assoc1", "applicant"));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token).contentType("application/json")
                    .body(Map.of("name", "Token reuse " + i, "country", "KE", "region", "AFRICA",
                            "legalForm", "Association", "foundedYear", 2001, "contactEmail", "reuse@example.org"))
                    .when().post("/api/associations")
                    .then().statusCode(201).body("owners", equalTo(List.of(TestTokens.subjectOf("assoc1"))));
        }
        given().header("Authorization", "Bearer " + token + "x")
                .when().get("/api/associations")
                .then().statusCode(401);
    }

    @Test
    void shouldAcceptTheSameTokenBuiltRight() {
        given().header("Authorization", "Bearer " + BadTokens.sign(BadTokens.claims("admin1", "admin")))
                .when().get("/api/associations")
                .then().statusCode(200);
    }
}
