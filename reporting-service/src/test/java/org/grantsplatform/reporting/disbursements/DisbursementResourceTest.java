package org.grantsplatform.reporting.disbursements;

import static org.awaitility.Awaitility.await;
import static org.grantsplatform.reporting.TestEvents.application;
import static org.grantsplatform.reporting.TestEvents.association;
import static org.grantsplatform.reporting.TestEvents.grant;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.publish;
import static org.grantsplatform.reporting.TestEvents.tranche;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DisbursementResourceTest {

    private final String donor = "donor-" + UUID.randomUUID();
    private final UUID grantId = UUID.randomUUID();
    private final UUID association = UUID.randomUUID();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private GrantData fed;

    @BeforeEach
    void feedAGrantWithAPaidAnOverdueAndAnUpcomingTranche() {
        UUID programme = UUID.randomUUID();
        Instant awardedAt = Instant.now().minusSeconds(86_400L * 60);
        ApplicationData awarded = application(UUID.randomUUID(), programme, association, "XOF", "SPM_OFFICER",
                List.of("MEMBER_CAPACITY"), "9000.00", "AWARDED", awardedAt.minusSeconds(86_400), awardedAt,
                "9000.00", 3);
        GrantData g = grant(grantId, awarded, awardedAt, "3000.00", "ACTIVE", List.of(
                tranche(UUID.randomUUID(), 1, "3000.00", today.minusDays(5), "PAID", today.minusDays(2)),
                tranche(UUID.randomUUID(), 2, "2500.00", today.minusDays(10), "APPROVED", null),
                tranche(UUID.randomUUID(), 3, "3500.00", today.plusDays(20), "PLANNED", null)), 6);
        publish(EventTypes.DISBURSEMENT_PAID, grantId, Instant.now(), new GrantEvent(g, g.tranches().get(0).id()));
        fed = g;
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, awardedAt.minusSeconds(86_400 * 30),
                new ProgrammeEvent(programme(programme, TestTokens.subjectOf(donor), "Sahel Fund", "XOF", "OPEN", 1)));
        publish(EventTypes.ASSOCIATION_REGISTERED, association, awardedAt.minusSeconds(86_400 * 300),
                new AssociationEvent(association(association, "SN", "AFRICA", 20, 0, null, null)));
    }

    @Test
    void shouldCountTheDaysAnUnpaidTrancheIsOverdue() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/disbursements?state=overdue")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].grantId", equalTo(grantId.toString()))
                .body("items[0].sequence", equalTo(2))
                .body("items[0].amount", comparesEqualTo(new BigDecimal("2500.00")))
                .body("items[0].currency", equalTo("XOF"))
                .body("items[0].dueDate", equalTo(today.minusDays(10).toString()))
                .body("items[0].daysOverdue", equalTo(10))
                .body("items[0].associationName", equalTo("Network " + association)));
    }

    @Test
    void shouldListUpcomingAndPaidTranchesApart() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/disbursements?state=upcoming")
                .then().statusCode(200)
                .body("items.sequence", equalTo(List.of(3)))
                .body("items[0].daysOverdue", equalTo(0)));
        Api.as(donor, "donor").when().get("/api/reports/disbursements?state=paid")
                .then().statusCode(200)
                .body("items.sequence", equalTo(List.of(1)))
                .body("items[0].paidOn", equalTo(today.minusDays(2).toString()))
                .body("items[0].daysOverdue", equalTo(3));
        Api.as(donor, "donor").when().get("/api/reports/disbursements?size=2&page=1")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.sequence", equalTo(List.of(3)));
    }

    @Test
    void shouldDropACancelledTrancheAndShowARescheduledOneAtItsNewDate() {
        GrantData rescheduled = withTranches(fed, List.of(fed.tranches().get(0), fed.tranches().get(1),
                tranche(fed.tranches().get(2).id(), 3, "3000.00", today.plusDays(40), "PLANNED", null)), 7);
        publish(EventTypes.TRANCHE_RESCHEDULED, grantId, Instant.now(),
                new GrantEvent(rescheduled, fed.tranches().get(2).id()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/disbursements?state=upcoming")
                .then().statusCode(200)
                .body("items.dueDate", equalTo(List.of(today.plusDays(40).toString())))
                .body("items[0].amount", comparesEqualTo(new BigDecimal("3000.00"))));

        GrantData cancelled = withTranches(fed, fed.tranches().subList(0, 2), 8);
        publish(EventTypes.TRANCHE_CANCELLED, grantId, Instant.now(), new GrantEvent(cancelled,
                fed.tranches().get(2).id()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/disbursements?state=upcoming")
                .then().statusCode(200)
                .body("total", equalTo(0)));
    }

    @Test
    void shouldRefuseAnUnknownStateAndAnOversizedPage() {
        Api.programManager().when().get("/api/reports/disbursements?state=someday")
                .then().statusCode(400).body("violations[0].field", equalTo("state"));
        Api.programManager().when().get("/api/reports/disbursements?size=500")
                .then().statusCode(400);
    }

    private static GrantData withTranches(GrantData g, List<GrantData.TrancheData> tranches, long version) {
        return new GrantData(g.id(), g.applicationId(), g.programmeId(), g.associationId(), g.title(), g.currency(),
                g.awarded(), g.disbursed(), g.status(), g.awardedAt(), tranches, version);
    }
}
