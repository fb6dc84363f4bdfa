package org.grantsplatform.reporting.timeline;

import static org.awaitility.Awaitility.await;
import static org.grantsplatform.reporting.TestEvents.application;
import static org.grantsplatform.reporting.TestEvents.grant;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.publish;
import static org.grantsplatform.reporting.TestEvents.tranche;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.reporting.TestEvents;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {

    private static final Instant SUBMITTED = Instant.parse("2026-05-04T08:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-05-20T08:00:00Z");
    private static final Instant SCHEDULED = Instant.parse("2026-05-21T08:00:00Z");
    private static final Instant PAID = Instant.parse("2026-06-02T08:00:00Z");

    private final String donor = "donor-" + UUID.randomUUID();
    private final UUID programme = UUID.randomUUID();
    private final UUID applicationId = UUID.randomUUID();
    private final UUID grantId = UUID.randomUUID();

    @Test
    void shouldTellAGrantsStoryInEventTimeWhateverTheArrivalOrder() {
        ApplicationData awarded = application(applicationId, programme, UUID.randomUUID(), "EUR", "INNOVATION",
                List.of("KNOWLEDGE_BASE"), "8000.00", "AWARDED", SUBMITTED, DECIDED, "7500.00", 4);
        UUID trancheId = UUID.randomUUID();
        LocalDate due = LocalDate.of(2026, 6, 1);
        GrantData scheduled = grant(grantId, awarded, DECIDED, "0.00", "ACTIVE",
                List.of(tranche(trancheId, 1, "7500.00", due, "PLANNED", null)), 1);
        GrantData paid = grant(grantId, awarded, DECIDED, "7500.00", "ACTIVE",
                List.of(tranche(trancheId, 1, "7500.00", due, "PAID", LocalDate.of(2026, 6, 2))), 4);
        String payment = publish(EventTypes.DISBURSEMENT_PAID, grantId, PAID, new GrantEvent(paid, trancheId));
        publish(EventTypes.TRANCHE_SCHEDULED, grantId, SCHEDULED, new GrantEvent(scheduled, trancheId));
        TestEvents.publish(payment);
        publish(EventTypes.APPLICATION_DECIDED, applicationId, DECIDED, new ApplicationDecided(awarded, null,
                grant(grantId, awarded, DECIDED, "0.00", "ACTIVE", List.of(), 0)));
        publish(EventTypes.APPLICATION_SUBMITTED, applicationId, SUBMITTED, new ApplicationEvent(application(
                applicationId, programme, awarded.associationId(), "EUR", "INNOVATION", List.of("KNOWLEDGE_BASE"),
                "8000.00", "SUBMITTED", SUBMITTED, null, null, 1), null));
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, SUBMITTED.minusSeconds(86_400),
                new ProgrammeEvent(programme(programme, TestTokens.subjectOf(donor), "Story Fund", "EUR", "OPEN", 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/grants/" + grantId)
                .then().statusCode(200)
                .body("programmeName", equalTo("Programme " + programme))
                .body("awarded", comparesEqualTo(new BigDecimal("7500.00")))
                .body("disbursed", comparesEqualTo(new BigDecimal("7500.00")))
                .body("outstanding", comparesEqualTo(new BigDecimal("0.00")))
                .body("tranches[0].status", equalTo("PAID"))
                .body("events.type", equalTo(List.of(EventTypes.APPLICATION_SUBMITTED,
                        EventTypes.APPLICATION_DECIDED, EventTypes.TRANCHE_SCHEDULED, EventTypes.DISBURSEMENT_PAID)))
                .body("events[1].amount", comparesEqualTo(new BigDecimal("7500.00")))
                .body("events[1].note", equalTo("strong proposal"))
                .body("events[3].note", equalTo("PAY-1"))
                .body("events[3].at", equalTo(PAID.toString())));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownGrantAndForAnotherDonorsGrant() {
        ApplicationData awarded = application(applicationId, programme, UUID.randomUUID(), "EUR", "INNOVATION",
                List.of(), "100.00", "AWARDED", SUBMITTED, DECIDED, "100.00", 4);
        publish(EventTypes.APPLICATION_DECIDED, applicationId, DECIDED, new ApplicationDecided(awarded, null,
                grant(grantId, awarded, DECIDED, "0.00", "ACTIVE", List.of(), 0)));
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, SUBMITTED,
                new ProgrammeEvent(programme(programme, TestTokens.subjectOf(donor), "Own Fund", "EUR", "OPEN", 1)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/grants/" + grantId).then().statusCode(200));

        Api.as("donor-" + UUID.randomUUID(), "donor").when().get("/api/reports/grants/" + grantId)
                .then().statusCode(404);
        Api.programManager().when().get("/api/reports/grants/" + UUID.randomUUID()).then().statusCode(404);
    }
}
