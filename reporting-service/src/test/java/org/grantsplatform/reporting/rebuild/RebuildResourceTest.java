package org.grantsplatform.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.reporting.TestEvents.application;
import static org.grantsplatform.reporting.TestEvents.association;
import static org.grantsplatform.reporting.TestEvents.grant;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.publish;
import static org.grantsplatform.reporting.TestEvents.tranche;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RebuildResourceTest {

    private static final List<String> REPORTS = List.of("/api/reports/portfolio?groupBy=programme",
            "/api/reports/portfolio?groupBy=strategy", "/api/reports/pipeline",
            "/api/reports/disbursements?size=100", "/api/reports/social-performance");

    @Test
    void shouldReplayEveryEventIntoAFreshGenerationThatAnswersWithTheSameFigures() {
        UUID programme = feedAGrantWithAPayment();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.programManager()
                .when().get("/api/reports/portfolio?groupBy=programme")
                .then().statusCode(200).body("rows.key", hasItem(programme.toString())));
        List<String> before = REPORTS.stream().map(RebuildResourceTest::withoutFreshness).toList();
        int answering = Api.as("admin1", "admin").when().get("/api/admin/rebuild")
                .then().statusCode(200).extract().path("active.generation");

        int building = Api.as("admin1", "admin").when().post("/api/admin/rebuild")
                .then().statusCode(202).extract().path("building.generation");

        assertThat(building).isGreaterThan(answering);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("admin1", "admin")
                .when().get("/api/admin/rebuild")
                .then().statusCode(200)
                .body("active.generation", equalTo(building))
                .body("building", nullValue()));
        assertThat(REPORTS.stream().map(RebuildResourceTest::withoutFreshness).toList()).isEqualTo(before);
        Api.programManager().when().get("/api/reports/pipeline")
                .then().body("freshness.generation", equalTo(building));
    }

    @Test
    void shouldReportFreshnessAsAMetric() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("reporting_read_model_lag_seconds"))
                .body(containsString("reporting_read_model_pending_events"));
    }

    @Test
    void shouldLeaveRebuildsToAdmins() {
        Api.programManager().when().post("/api/admin/rebuild").then().statusCode(403);
        given().when().post("/api/admin/rebuild").then().statusCode(401);
    }

    private static String withoutFreshness(String path) {
        return Api.programManager().when().get(path).then().statusCode(200).extract().jsonPath()
                .getMap("").entrySet().stream().filter(e -> !e.getKey().equals("freshness")).toList().toString();
    }

    private static UUID feedAGrantWithAPayment() {
        UUID programme = UUID.randomUUID();
        UUID association = UUID.randomUUID();
        UUID grantId = UUID.randomUUID();
        Instant awarded = Instant.parse("2026-03-10T10:00:00Z");
        ApplicationData app = application(UUID.randomUUID(), programme, association, "GBP", "INNOVATION",
                List.of("STANDARDS_OF_PRACTICE", "LOCAL_AMBASSADOR"), "900.00", "AWARDED", awarded.minusSeconds(86_400),
                awarded, "850.00", 4);
        GrantData paid = grant(grantId, app, awarded, "400.00", "ACTIVE", List.of(
                tranche(UUID.randomUUID(), 1, "400.00", LocalDate.of(2026, 4, 1), "PAID", LocalDate.of(2026, 4, 2)),
                tranche(UUID.randomUUID(), 2, "450.00", LocalDate.of(2026, 9, 1), "PLANNED", null)), 5);
        publish(EventTypes.DISBURSEMENT_PAID, grantId, awarded.plusSeconds(86_400 * 20),
                new GrantEvent(paid, paid.tranches().get(0).id()));
        publish(EventTypes.APPLICATION_DECIDED, app.id(), awarded, new ApplicationDecided(app, null,
                grant(grantId, app, awarded, "0.00", "ACTIVE", List.of(), 0)));
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, awarded.minusSeconds(8_640_000), new ProgrammeEvent(
                programme(programme, TestTokens.subjectOf("donor-" + UUID.randomUUID()), "Replay Fund", "GBP", "OPEN", 1)));
        publish(EventTypes.ASSOCIATION_REGISTERED, association, awarded.minusSeconds(86_400_000),
                new AssociationEvent(association(association, "GH", "AFRICA", 7, 0, null, null)));
        return programme;
    }
}
