package org.grantsplatform.runtime.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A token wrong in any one way ({@link BadTokens}) is a 401 problem+json, whatever the role it claims; the
 * same token built right passes. A service's test extends it with a path an admin may read.
 */
public abstract class TokenContract {

    /** A GET an admin with a valid token gets a 200 from. */
    protected abstract String protectedPath();

    protected static Stream<Arguments> badTokens() {
        return BadTokens.all("admin1", "admin").entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void shouldRefuseABadToken(String kind, String token) {
        given().header("Authorization", "Bearer " + token).header("X-Test-Case", kind)
                .when().get(protectedPath())
                .then().log().ifValidationFails().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void shouldRefuseAMissingOrNonBearerToken() {
        for (Map.Entry<String, String> header : Map.of("Authorization", "Basic YWRtaW4xOmFkbWlu",
                "X-Token", BadTokens.sign(BadTokens.claims("admin1", "admin"))).entrySet()) {
            given().header(header.getKey(), header.getValue())
                    .when().get(protectedPath())
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void shouldAcceptTheSameTokenBuiltRight() {
        given().header("Authorization", "Bearer " + BadTokens.sign(BadTokens.claims("admin1", "admin")))
                .when().get(protectedPath())
                .then().statusCode(200);
    }
}
