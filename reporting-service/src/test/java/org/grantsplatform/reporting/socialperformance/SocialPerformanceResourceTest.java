package org.grantsplatform.reporting.socialperformance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.grantsplatform.events.Topics;
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
    void shouldRefuseAnApplicantAndACallerWithoutToken() {
        given().header("Authorization", TestTokens.bearer("assoc1", "applicant"))
                .when().get("/api/reports/social-performance")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().when().get("/api/reports/social-performance")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
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
