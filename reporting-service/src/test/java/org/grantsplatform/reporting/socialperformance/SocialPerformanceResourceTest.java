package org.grantsplatform.reporting.socialperformance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.associations.AssociationData;
import org.grantsplatform.events.associations.SpReportData;
import org.grantsplatform.events.associations.SpReportSubmitted;
import org.grantsplatform.events.associations.TransparencyData;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.reporting.TestEvents;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SocialPerformanceResourceTest {

    @Test
    void shouldCountAssociationsAndMembersPerRegionOnceEvenWhenAnEventIsRedelivered() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String firstEvent = event(UUID.randomUUID().toString(), first, 4);
        publish(firstEvent);
        publish(firstEvent);
        publish(event(UUID.randomUUID().toString(), second, 6));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer("pm1", "program-manager"))
                .when().get("/api/reports/social-performance?region=OCEANIA")
                .then().statusCode(200)
                .body("associations.associationId", hasItem(second.toString()))
                .body("regions[0].region", equalTo("OCEANIA"))
                .body("regions[0].associations", equalTo(2))
                .body("regions[0].members", equalTo(10)));
    }

    @Test
    void shouldWeighMembersSharesByTheirActiveBorrowersAndIgnoreAStaleReport() {
        UUID association = UUID.randomUUID();
        UUID small = UUID.randomUUID();
        UUID large = UUID.randomUUID();
        Instant at = Instant.parse("2026-02-01T10:00:00Z");
        AssociationData v3 = TestEvents.association(association, "MN", "ASIA", 3, 3, 2025, new BigDecimal("0.3333"));
        AssociationData v4 = TestEvents.association(association, "MN", "ASIA", 3, 4, 2025, new BigDecimal("0.6667"));
        AssociationData v2 = TestEvents.association(association, "MN", "ASIA", 3, 2, 2025, new BigDecimal("0.3333"));
        TestEvents.publish(EventTypes.SP_REPORT_SUBMITTED, association, at, new SpReportSubmitted(v3,
                report(small, 1000, "80.00", "10.00", true), new TransparencyData(2025, 3, 1, new BigDecimal("0.3333"))));
        TestEvents.publish(EventTypes.SP_REPORT_SUBMITTED, association, at.plusSeconds(60), new SpReportSubmitted(v4,
                report(large, 3000, "40.00", "30.00", false), new TransparencyData(2025, 3, 2, new BigDecimal("0.6667"))));
        // an older version of the first report, delivered late, changes nothing
        TestEvents.publish(EventTypes.SP_REPORT_SUBMITTED, association, at.minusSeconds(60), new SpReportSubmitted(v2,
                report(small, 5, "1.00", "1.00", false), new TransparencyData(2025, 3, 1, new BigDecimal("0.3333"))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as("donor1", "donor")
                .when().get("/api/reports/social-performance?region=ASIA&year=2025")
                .then().statusCode(200)
                .body("year", equalTo(2025))
                .body(row(association, "members"), equalTo(3))
                .body(row(association, "membersReporting"), equalTo(2))
                .body(row(association, "transparencyRate"), comparesEqualTo(new BigDecimal("0.6667")))
                .body(row(association, "indicators.reports"), equalTo(2))
                .body(row(association, "indicators.activeBorrowers"), equalTo(4000))
                .body(row(association, "indicators.womenBorrowersPct"), comparesEqualTo(new BigDecimal("50.00")))
                .body(row(association, "indicators.portfolioAtRisk30Pct"), comparesEqualTo(new BigDecimal("20.00")))
                .body(row(association, "indicators.hasSocialMissionPct"), comparesEqualTo(new BigDecimal("50.00")))
                .body("regions.find { it.region == 'ASIA' }.indicators.womenBorrowersPct",
                        comparesEqualTo(new BigDecimal("50.00"))));
    }

    @Test
    void shouldRefuseAnUnknownRegionAndAYearThatIsNotOne() {
        Api.programManager().when().get("/api/reports/social-performance?region=ATLANTIS")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("region"));
        Api.programManager().when().get("/api/reports/social-performance?year=last")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
        Api.programManager().when().get("/api/reports/social-performance?year=99999")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
    }

    @Test
    void shouldRefuseAnApplicantAndACallerWithoutToken() {
        given().header("Authorization", TestTokens.bearer("assoc1", "applicant"))
                .when().get("/api/reports/social-performance")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().when().get("/api/reports/social-performance")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    private static String row(UUID association, String field) {
        return "associations.find { it.associationId == '" + association + "' }." + field;
    }

    private static SpReportData report(UUID member, int borrowers, String women, String par30, boolean mission) {
        return new SpReportData(member, 2025, borrowers, new BigDecimal(women), null, null, "USD", null, null,
                new BigDecimal(par30), mission, null, null, null, List.of(), null);
    }

    private static void publish(String json) {
        EventsProbe.send(KafkaTestBroker.bootstrapServers(), Topics.ASSOCIATIONS,
                EventsProbe.parse(json).subject(), json);
    }

    private static String event(String eventId, UUID associationId, int members) {
        return """
                {"specversion":"1.0","id":"%s","source":"/associations-service",
                 "type":"associations.association.registered.v1","subject":"%s","time":"2026-11-27T10:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"association":{"id":"%s","name":"Pacific Network %s","country":"FJ","region":"OCEANIA",
                   "memberCount":%d,"verified":false,"owners":["sub-assoc1"],"version":0,
                   "createdAt":"2026-11-27T09:00:00Z"}}}"""
                .formatted(eventId, associationId, associationId, associationId, members);
    }
}
