package org.grantsplatform.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.grantsplatform.runtime.testing.TokenContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** /api is bearer-only; the dashboard's code-flow tenant does not open it to a forged session cookie either. */
@QuarkusTest
class TokenTest extends TokenContract {

    @Override
    protected String protectedPath() {
        return "/api/reports/portfolio?groupBy=programme";
    }

    @ParameterizedTest(name = "{0} as session cookie")
    @MethodSource("badTokens")
    void shouldNotLetAForgedDashboardSessionReadTheApi(String kind, String token) {
        given().redirects().follow(false).cookie("q_session_dashboard", token)
                .when().get(protectedPath())
                .then().log().ifValidationFails().statusCode(either(equalTo(401)).or(equalTo(302)));
    }
}
