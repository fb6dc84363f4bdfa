package org.grantsplatform.reporting.portfolio;

import static io.restassured.RestAssured.given;
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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

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
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.reporting.TestEvents;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PortfolioResourceTest {

    private static final Instant SUBMITTED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-04-01T09:00:00Z");

    private final String donor = "donor-" + UUID.randomUUID();
    private final String otherDonor = "donor-" + UUID.randomUUID();
    private final String donorName = "Foundation " + UUID.randomUUID();
    private final UUID euroProgramme = UUID.randomUUID();
    private final UUID dollarProgramme = UUID.randomUUID();
    private final UUID association = UUID.randomUUID();

    @BeforeEach
    void feedAPortfolioInTwoCurrenciesWithDuplicatesAndDisorder() {
        UUID trained = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID dollars = UUID.randomUUID();
        UUID trainedGrant = UUID.randomUUID();
        UUID dollarGrant = UUID.randomUUID();
        ApplicationData trainedSubmitted = application(trained, euroProgramme, association, "EUR", "MEMBER_TRAINING",
                List.of("MEMBER_CAPACITY", "KNOWLEDGE_BASE"), "12000.00", "SUBMITTED", SUBMITTED, null, null, 1);
        ApplicationData trainedAwarded = application(trained, euroProgramme, association, "EUR", "MEMBER_TRAINING",
                List.of("MEMBER_CAPACITY", "KNOWLEDGE_BASE"), "12000.00", "AWARDED", SUBMITTED, DECIDED, "10000.00", 4);
        LocalDate due = LocalDate.of(2026, 6, 1);
        GrantData paid = grant(trainedGrant, trainedAwarded, DECIDED, "4000.00", "ACTIVE", List.of(
                tranche(UUID.randomUUID(), 1, "4000.00", due, "PAID", due),
                tranche(UUID.randomUUID(), 2, "6000.00", due.plusMonths(6), "PLANNED", null)), 5);
        GrantData scheduled = grant(trainedGrant, trainedAwarded, DECIDED, "0.00", "ACTIVE", List.of(
                tranche(paid.tranches().get(0).id(), 1, "4000.00", due, "PLANNED", null),
                tranche(paid.tranches().get(1).id(), 2, "6000.00", due.plusMonths(6), "PLANNED", null)), 2);
        ApplicationData dollarAwarded = application(dollars, dollarProgramme, association, "USD", "INNOVATION",
                List.of("MEMBER_TRANSPARENCY"), "5000.50", "AWARDED", SUBMITTED, DECIDED, "5000.50", 3);

        // the grant's payment arrives before its application, its programme and its own older versions
        String payment = publish(EventTypes.DISBURSEMENT_PAID, trainedGrant, DECIDED.plusSeconds(30),
                new GrantEvent(paid, paid.tranches().get(0).id()));
        TestEvents.publish(payment);
        publish(EventTypes.TRANCHE_SCHEDULED, trainedGrant, DECIDED.plusSeconds(10),
                new GrantEvent(scheduled, scheduled.tranches().get(1).id()));
        publish(EventTypes.APPLICATION_DECIDED, trained, DECIDED,
                new ApplicationDecided(trainedAwarded, null, grant(trainedGrant, trainedAwarded, DECIDED, "0.00",
                        "ACTIVE", List.of(), 0)));
        publish(EventTypes.APPLICATION_SUBMITTED, trained, SUBMITTED, new ApplicationEvent(trainedSubmitted, null));
        publish(EventTypes.APPLICATION_SUBMITTED, rejected, SUBMITTED, new ApplicationEvent(application(rejected,
                euroProgramme, association, "EUR", "CAPACITY_BUILDING", List.of("LOCAL_AMBASSADOR"), "3000.00",
                "SUBMITTED", SUBMITTED, null, null, 1), null));
        publish(EventTypes.APPLICATION_DECIDED, rejected, DECIDED, new ApplicationDecided(application(rejected,
                euroProgramme, association, "EUR", "CAPACITY_BUILDING", List.of("LOCAL_AMBASSADOR"), "3000.00",
                "REJECTED", SUBMITTED, DECIDED, null, 3), null, null));
        publish(EventTypes.APPLICATION_DECIDED, dollars, DECIDED, new ApplicationDecided(dollarAwarded, null,
                grant(dollarGrant, dollarAwarded, DECIDED, "0.00", "ACTIVE", List.of(), 0)));
        publish(EventTypes.PROGRAMME_PUBLISHED, euroProgramme, SUBMITTED.minusSeconds(86_400),
                new ProgrammeEvent(programme(euroProgramme, TestTokens.subjectOf(donor), donorName, "EUR", "OPEN", 1)));
        publish(EventTypes.PROGRAMME_PUBLISHED, dollarProgramme, SUBMITTED.minusSeconds(86_400),
                new ProgrammeEvent(programme(dollarProgramme, TestTokens.subjectOf(donor), donorName, "USD", "OPEN", 1)));
        publish(EventTypes.ASSOCIATION_REGISTERED, association, SUBMITTED.minusSeconds(86_400 * 30),
                new AssociationEvent(association(association, "KE", "AFRICA", 12, 0, null, null)));
    }

    @Test
    void shouldAddUpEachProgrammesMoneyOnceInItsOwnCurrencyWhateverTheOrderAndRedeliveries() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.programManager()
                .when().get("/api/reports/portfolio?groupBy=programme")
                .then().statusCode(200)
                .body(row(euroProgramme.toString(), "applications"), equalTo(2))
                .body(row(euroProgramme.toString(), "label"), equalTo("Programme " + euroProgramme))
                .body(row(euroProgramme.toString(), "currency"), equalTo("EUR"))
                .body(row(euroProgramme.toString(), "awards"), equalTo(1))
                .body(row(euroProgramme.toString(), "committed"), comparesEqualTo(new BigDecimal("10000.00")))
                .body(row(euroProgramme.toString(), "disbursed"), comparesEqualTo(new BigDecimal("4000.00")))
                .body(row(euroProgramme.toString(), "outstanding"), comparesEqualTo(new BigDecimal("6000.00")))
                .body(row(dollarProgramme.toString(), "committed"), comparesEqualTo(new BigDecimal("5000.50")))
                .body(row(dollarProgramme.toString(), "outstanding"), comparesEqualTo(new BigDecimal("5000.50")))
                .body("freshness.generation", notNullValue()));
    }

    @Test
    void shouldKeepADonorsCurrenciesApartAndCountAnApplicationInEachOfItsStrategies() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/portfolio?groupBy=donor")
                .then().statusCode(200)
                .body("rows", hasSize(2))
                .body("rows.key", equalTo(List.of(donorName, donorName)))
                .body("rows.currency", equalTo(List.of("EUR", "USD")))
                .body("rows[0].committed", comparesEqualTo(new BigDecimal("10000.00")))
                .body("rows[1].committed", comparesEqualTo(new BigDecimal("5000.50"))));
        Api.as(donor, "donor").when().get("/api/reports/portfolio?groupBy=strategy")
                .then().statusCode(200)
                .body(row("MEMBER_CAPACITY", "committed"), comparesEqualTo(new BigDecimal("10000.00")))
                .body(row("KNOWLEDGE_BASE", "committed"), comparesEqualTo(new BigDecimal("10000.00")))
                .body(row("LOCAL_AMBASSADOR", "applications"), equalTo(1))
                .body(row("LOCAL_AMBASSADOR", "committed"), comparesEqualTo(BigDecimal.ZERO))
                .body(row("MEMBER_TRANSPARENCY", "currency"), equalTo("USD"));
        Api.as(donor, "donor").when().get("/api/reports/portfolio?groupBy=region")
                .then().statusCode(200)
                .body("rows.key", equalTo(List.of("AFRICA", "AFRICA")));
        Api.as(donor, "donor").when().get("/api/reports/portfolio?groupBy=year")
                .then().statusCode(200)
                .body("rows.key", equalTo(List.of("2026", "2026")))
                .body("rows[0].applications", equalTo(2));
    }

    @Test
    void shouldShowADonorNothingOfAnotherDonorsProgrammes() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(donor, "donor")
                .when().get("/api/reports/portfolio?groupBy=programme")
                .then().statusCode(200).body("rows", hasSize(2)));
        Api.as(otherDonor, "donor").when().get("/api/reports/portfolio?groupBy=programme")
                .then().statusCode(200).body("rows", hasSize(0));
    }

    @Test
    void shouldRefuseAnUnknownGroupingAnApplicantAndACallerWithoutToken() {
        Api.programManager().when().get("/api/reports/portfolio?groupBy=galaxy")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("groupBy"));
        Api.as("assoc1", "applicant").when().get("/api/reports/portfolio?groupBy=donor")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().when().get("/api/reports/portfolio?groupBy=donor")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    private static String row(String key, String field) {
        return "rows.find { it.key == '" + key + "' }." + field;
    }
}
