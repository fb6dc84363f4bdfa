package org.grantsplatform.reporting.pipeline;

import static org.awaitility.Awaitility.await;
import static org.grantsplatform.reporting.TestEvents.application;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.publish;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PipelineResourceTest {

    private static final Instant SUBMITTED = Instant.parse("2026-02-01T12:00:00Z");

    private final String donor = "donor-" + UUID.randomUUID();
    private final UUID programme = UUID.randomUUID();
    private final UUID association = UUID.randomUUID();

    @Test
    void shouldCountStatusesAndMeasureDaysToDecisionOverDecidedApplications() {
        decide("AWARDED", 10, "1000.00");
        decide("REJECTED", 20, null);
        decide("AWARDED", 30, "2000.00");
        UUID underReview = UUID.randomUUID();
        publish(EventTypes.APPLICATION_SCREENED, underReview, SUBMITTED.plusSeconds(3600), new ApplicationEvent(
                application(underReview, programme, association, "EUR", "INNOVATION", List.of(), "900.00",
                        "UNDER_REVIEW", SUBMITTED, null, null, 2), "eligible"));
        UUID withdrawn = UUID.randomUUID();
        publish(EventTypes.APPLICATION_WITHDRAWN, withdrawn, SUBMITTED.plusSeconds(7200), new ApplicationEvent(
                application(withdrawn, programme, association, "EUR", "INNOVATION", List.of(), "900.00",
                        "WITHDRAWN", SUBMITTED, null, null, 2), "changed plans"));
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, SUBMITTED.minusSeconds(86_400),
                new ProgrammeEvent(programme(programme, TestTokens.subjectOf(donor), "Pipeline Trust", "EUR", "OPEN", 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/pipeline?programmeId=" + programme)
                .then().statusCode(200)
                .body("applications", equalTo(5))
                .body("statuses.AWARDED", equalTo(2))
                .body("statuses.REJECTED", equalTo(1))
                .body("statuses.UNDER_REVIEW", equalTo(1))
                .body("statuses.WITHDRAWN", equalTo(1))
                .body("statuses.SUBMITTED", equalTo(0))
                .body("decided", equalTo(3))
                .body("awardRate", comparesEqualTo(new BigDecimal("0.6667")))
                .body("medianDaysToDecision", comparesEqualTo(new BigDecimal("20.0")))
                .body("p90DaysToDecision", comparesEqualTo(new BigDecimal("28.0"))));
    }

    @Test
    void shouldAnswerAnEmptyPipelineWithoutRates() {
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, SUBMITTED,
                new ProgrammeEvent(programme(programme, TestTokens.subjectOf(donor), "Quiet Trust", "EUR", "OPEN", 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/pipeline?programmeId=" + programme)
                .then().statusCode(200)
                .body("applications", equalTo(0))
                .body("awardRate", nullValue())
                .body("medianDaysToDecision", nullValue()));
    }

    @Test
    void shouldHideAnotherDonorsProgrammeAsUnknown() {
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, SUBMITTED,
                new ProgrammeEvent(programme(programme, TestTokens.subjectOf(donor), "Private Trust", "EUR", "OPEN", 1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/pipeline?programmeId=" + programme).then().statusCode(200));

        Api.as("donor-" + UUID.randomUUID(), "donor").when().get("/api/reports/pipeline?programmeId=" + programme)
                .then().statusCode(404);
        Api.programManager().when().get("/api/reports/pipeline?programmeId=" + programme).then().statusCode(200);
        Api.programManager().when().get("/api/reports/pipeline?programmeId=not-a-uuid")
                .then().statusCode(400).body("violations[0].field", equalTo("programmeId"));
    }

    private void decide(String outcome, int days, String awarded) {
        UUID id = UUID.randomUUID();
        Instant decided = SUBMITTED.plusSeconds(86_400L * days);
        // the decision overtakes the submission: the older version must not undo it
        publish(EventTypes.APPLICATION_DECIDED, id, decided, new ApplicationDecided(application(id, programme,
                association, "EUR", "INNOVATION", List.of("KNOWLEDGE_BASE"), "2000.00", outcome, SUBMITTED, decided,
                awarded, 3), null, null));
        publish(EventTypes.APPLICATION_SUBMITTED, id, SUBMITTED, new ApplicationEvent(application(id, programme,
                association, "EUR", "INNOVATION", List.of("KNOWLEDGE_BASE"), "2000.00", "SUBMITTED", SUBMITTED, null,
                null, 1), null));
    }
}
