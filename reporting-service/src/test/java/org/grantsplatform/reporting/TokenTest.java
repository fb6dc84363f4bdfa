package org.grantsplatform.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Stream;
import org.grantsplatform.runtime.testing.BadTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A token wrong in any one way is a 401 problem+json on /api, whatever the role it claims; the dashboard's
 * code-flow tenant does not open /api to a forged session cookie either.
 */
@QuarkusTest
class TokenTest {

    private static final String REPORT = "/api/reports/portfolio?groupBy=programme";

    static Stream<Arguments> badTokens() {
        return BadTokens.all("admin1", "admin").entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void shouldRefuseABadToken(String kind, String token) {
        given().header("Authorization", "Bearer " + token).header("X-Test-Case", kind)
                .when().get(REPORT)
                .then().log().ifValidationFails().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void shouldRefuseAMissingOrNonBearerToken() {
        for (Map.Entry<String, String> header : Map.of("Authorization", "Basic YWRtaW4xOmFkbWlu",
                "X-Token", BadTokens.sign(BadTokens.claims("admin1", "admin"))).entrySet()) {
            given().header(header.getKey(), header.getValue())
                    .when().get(REPORT)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @ParameterizedTest(name = "{0} as session cookie")
    @MethodSource("badTokens")
    void shouldNotLetAForgedDashboardSessionReadTheApi(String kind, String token) {
        given().redirects().follow(false).cookie("q_session_dashboard", token)
                .when().get(REPORT)
                .then().log().ifValidationFails().statusCode(org.hamcrest.Matchers.either(equalTo(401))
                        .or(equalTo(302)));
    }

    @Test
    void shouldAcceptTheSameTokenBuiltRight() {
        given().header("Authorization", "Bearer " + BadTokens.sign(BadTokens.claims("admin1", "admin")))
                .when().get(REPORT)
                .then().statusCode(200);
    }
}
