package org.grantsplatform.associations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.grantsplatform.runtime.testing.BadTokens;
import org.grantsplatform.runtime.testing.TestTokens;
import org.grantsplatform.runtime.testing.TokenContract;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenTest extends TokenContract {

    @Override
    protected String protectedPath() {
        return "/api/associations";
    }

    /** Verified tokens are cached (VerifiedTokenCache): a reused token stays its caller, an altered one is verified anew. */
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
                .when().get(protectedPath())
                .then().statusCode(401);
    }
}
