package org.grantsplatform.reporting.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.qute.Template;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DashboardResourceTest {

    @Inject
    Template dashboard;

    @Test
    void shouldSendAnAnonymousVisitorToLogInWithTheDashboardClient() {
        given().redirects().follow(false)
                .when().get("/")
                .then().statusCode(302)
                .header("Location", allOf(containsString("response_type=code"),
                        containsString("client_id=reporting-dashboard")));
    }

    @Test
    void shouldDrawTheChartsFromTheReportEndpointsWithoutLoadingAnythingFromElsewhere() {
        String page = dashboard.data("user", "pm1").data("scope", "all programmes").render();

        assertThat(page).contains("pm1, all programmes", "/api/reports/portfolio?groupBy=programme",
                "/api/reports/pipeline", "/api/reports/disbursements?state=overdue", "/api/reports/social-performance",
                "<svg");
        assertThat(page).doesNotContainPattern("(src|href)=\"https?://");
    }

    @Test
    void shouldKeepAnsweringTheApiWith401RatherThanARedirect() {
        given().redirects().follow(false)
                .when().get("/api/reports/pipeline")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("Location", not(containsString("openid-connect")));
    }
}
