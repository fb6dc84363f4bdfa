package org.grantsplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;
import static org.grantsplatform.systemtests.Platform.REPORTING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first slice through all three services, on the real platform, and the backbone's guarantees. */
@ExtendWith(Platform.class)
class EventBackboneTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void shouldCarryARegisteredAssociationToGrantsAndReporting() {
        String id = register("Réseau des Institutions de Microfinance " + UUID.randomUUID(), "SN", "AFRICA");

        awaitKnownEverywhere(id);
        Platform.Response facts = Platform.get(GRANTS, "/api/associations/" + id, "donor1");
        assertThat(facts.json().get("region").asText()).isEqualTo("AFRICA");
        assertThat(Platform.count("grants", "select count(*) from inbox_event where type = '"
                + EventTypes.ASSOCIATION_REGISTERED + "' and event_id = '" + registeredEvent(id).id() + "'"))
                .isEqualTo(1);
    }

    @Test
    void shouldAnswerEveryServiceWithoutATokenWith401ProblemAndADonorWith200() {
        for (int port : List.of(ASSOCIATIONS, GRANTS)) {
            assertUnauthorized(Platform.get(port, "/api/associations", null));
            assertThat(Platform.get(port, "/api/associations", "donor1").status()).isEqualTo(200);
        }
        assertUnauthorized(Platform.get(REPORTING, "/api/reports/social-performance", null));
        assertThat(Platform.get(REPORTING, "/api/reports/social-performance", "donor1").status()).isEqualTo(200);
    }

    @Test
    void shouldIgnoreARedeliveredEvent() {
        String id = register("Redelivery Network " + UUID.randomUUID(), "KH", "ASIA");
        awaitKnownEverywhere(id);
        CloudEvent original = registeredEvent(id);

        // the same event id with other data: a second effect would show as the new name
        String redelivered = EventsProbe.toJson(original).replace("Redelivery Network", "Changed By Redelivery");
        EventsProbe.send(Platform.bootstrapServers(), Topics.ASSOCIATIONS, id, redelivered);
        // then a new event behind it on the same partition: once it is applied, the duplicate was consumed
        ObjectNode data = original.data().deepCopy();
        long nextVersion = data.at("/association/version").asLong() + 1;
        ((ObjectNode) data.get("association")).put("version", nextVersion);
        CloudEvent follower = new CloudEvent(original.specversion(), UUID.randomUUID().toString(), original.source(),
                EventTypes.ASSOCIATION_UPDATED, id, original.time(), original.datacontenttype(), data);
        EventsProbe.send(Platform.bootstrapServers(), Topics.ASSOCIATIONS, id, EventsProbe.toJson(follower));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(Platform.get(GRANTS, "/api/associations/" + id, "donor1").json().get("sourceVersion").asLong())
                    .isEqualTo(nextVersion);
            assertThat(Platform.count("reporting", "select count(*) from inbox_event where event_id = '"
                    + follower.id() + "'")).isEqualTo(1);
        });
        assertThat(Platform.get(GRANTS, "/api/associations/" + id, "donor1").json().get("name").asText())
                .startsWith("Redelivery Network");
        assertThat(reportedName(id)).startsWith("Redelivery Network");
        for (String service : List.of("grants", "reporting")) {
            assertThat(Platform.count(service, "select count(*) from inbox_event where event_id = '"
                    + original.id() + "'")).isEqualTo(1);
        }
    }

    @Test
    void shouldDeadLetterAPoisonRecordAndProcessTheNextOnTheSamePartition() {
        String key = UUID.randomUUID().toString();
        EventsProbe.send(Platform.bootstrapServers(), Topics.ASSOCIATIONS, key, "{\"specversion\": \"1.0\", oops");
        String id = register("After Poison Network " + UUID.randomUUID(), "PE", "LATIN_AMERICA_CARIBBEAN");
        awaitKnownEverywhere(id);

        await().atMost(WAIT).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = EventsProbe.records(Platform.bootstrapServers(),
                    Topics.deadLetterOf(Topics.ASSOCIATIONS)).stream().filter(r -> key.equals(r.key())).toList();
            // reporting-service's group carries the read model's generation, e.g. reporting-service.g1
            assertThat(dead).extracting(r -> header(r, "dead-letter-consumer")).hasSize(2)
                    .contains("grants-service")
                    .anySatisfy(consumer -> assertThat(consumer).startsWith("reporting-service"));
            assertThat(dead).allSatisfy(r -> assertThat(header(r, "dead-letter-reason"))
                    .contains("not a CloudEvents JSON document"));
        });
    }

    @Test
    void shouldDeliverAnEventWrittenWhileTheBrokerIsDownOnceItIsBack() throws Exception {
        Platform.kill("kafka");
        String id;
        try {
            id = register("Written During Outage " + UUID.randomUUID(), "BO", "LATIN_AMERICA_CARIBBEAN");
            assertThat(Platform.count("associations", "select count(*) from outbox_event where aggregate_id = '"
                    + id + "'")).as("the event waits in the outbox").isEqualTo(1);
        } finally {
            Platform.launcher("start", "kafka");
        }

        awaitKnownEverywhere(id);
        await().atMost(WAIT).untilAsserted(() -> assertThat(Platform.count("associations",
                "select count(*) from outbox_event")).isZero());
        String eventId = registeredEvent(id).id();
        assertThat(Platform.count("grants", "select count(*) from inbox_event where event_id = '" + eventId + "'"))
                .isEqualTo(1);
        assertThat(Platform.count("reporting", "select count(*) from inbox_event where event_id = '" + eventId + "'"))
                .isEqualTo(1);
    }

    private static String register(String name, String country, String region) {
        Platform.Response created = Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"%s","country":"%s","region":"%s","contactEmail":"office@example.org"}"""
                .formatted(name, country, region));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static void awaitKnownEverywhere(String id) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(Platform.get(GRANTS, "/api/associations/" + id, "donor1").status()).isEqualTo(200);
            assertThat(reportedName(id)).isNotNull();
        });
    }

    private static String reportedName(String id) {
        for (JsonNode row : Platform.get(REPORTING, "/api/reports/social-performance", "pm1").json()
                .get("associations")) {
            if (id.equals(row.get("associationId").asText())) {
                return row.get("name").asText();
            }
        }
        return null;
    }

    private static CloudEvent registeredEvent(String id) {
        List<CloudEvent> events = EventsProbe.events(Platform.bootstrapServers(), Topics.ASSOCIATIONS,
                e -> id.equals(e.subject()) && EventTypes.ASSOCIATION_REGISTERED.equals(e.type()));
        assertThat(events).isNotEmpty();
        return events.get(0);
    }

    private static void assertUnauthorized(Platform.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
