package org.grantsplatform.grants.association;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.grantsplatform.events.Topics;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssociationFactProjectorTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void shouldKeepTheFactsOfARegisteredAssociationAndIgnoreARedeliveredEvent() {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        publish(event(eventId, id, "Asian Microfinance Network", 0, false));

        awaitFacts(id, "name", "Asian Microfinance Network");

        // the same event id again, even with other data, has no second effect
        publish(event(eventId, id, "Renamed By A Duplicate", 0, false));
        String marker = UUID.randomUUID().toString();
        publish(event(marker, id, "Asian Microfinance Network", 1, true));
        awaitFacts(id, "verified", true);
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations/" + id)
                .then().body("name", equalTo("Asian Microfinance Network")).body("sourceVersion", equalTo(1));
    }

    @Test
    void shouldNotLetAnOlderVersionOverwriteNewerFacts() {
        UUID id = UUID.randomUUID();
        publish(event(UUID.randomUUID().toString(), id, "Newer Name", 5, true));
        awaitFacts(id, "name", "Newer Name");

        publish(event(UUID.randomUUID().toString(), id, "Older Name", 4, false));
        publish(event(UUID.randomUUID().toString(), id, "Newest Name", 6, true));

        awaitFacts(id, "name", "Newest Name");
    }

    @Test
    void shouldDeadLetterAPoisonRecordAndGoOnWithTheNextOnTheSamePartition() {
        UUID id = UUID.randomUUID();
        EventsProbe.send(KafkaTestBroker.bootstrapServers(), Topics.ASSOCIATIONS, id.toString(), "{\"this is\": not json");
        String wrongData = event(UUID.randomUUID().toString(), id, "x", 0, false)
                .replace("\"association\"", "\"somethingElse\"");
        EventsProbe.send(KafkaTestBroker.bootstrapServers(), Topics.ASSOCIATIONS, id.toString(), wrongData);
        publish(event(UUID.randomUUID().toString(), id, "After The Poison", 0, false));

        awaitFacts(id, "name", "After The Poison");
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                EventsProbe.records(KafkaTestBroker.bootstrapServers(), Topics.deadLetterOf(Topics.ASSOCIATIONS))
                        .stream().filter(r -> id.toString().equals(r.key())).map(AssociationFactProjectorTest::reason))
                .hasSize(2)
                .anySatisfy(reason -> assertThat(reason).contains("not a CloudEvents JSON document"))
                .anySatisfy(reason -> assertThat(reason).contains("lacks the association")));
    }

    @Test
    void shouldAnswer404ForAnAssociationNoEventHasMentioned() {
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    private static String reason(ConsumerRecord<String, String> record) {
        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
    }

    private static void awaitFacts(UUID id, String field, Object value) {
        await().atMost(WAIT).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer("donor1", "donor"))
                .when().get("/api/associations/" + id)
                .then().statusCode(200).body(field, equalTo(value)));
    }

    private static void publish(String json) {
        EventsProbe.send(KafkaTestBroker.bootstrapServers(), Topics.ASSOCIATIONS,
                EventsProbe.parse(json).subject(), json);
    }

    static String event(String eventId, UUID associationId, String name, long version, boolean verified) {
        return """
                {"specversion":"1.0","id":"%s","source":"/associations-service",
                 "type":"associations.association.registered.v1","subject":"%s","time":"2026-11-27T10:00:00Z",
                 "datacontenttype":"application/json",
                 "data":{"association":{"id":"%s","name":"%s","country":"KH","region":"ASIA","memberCount":4,
                   "verified":%s,"owners":["sub-assoc2"],"transparencyYear":2025,"transparencyRate":0.75,
                   "version":%d,"createdAt":"2026-11-27T09:00:00Z"}}}"""
                .formatted(eventId, associationId, associationId, name, verified, version);
    }
}
