package org.grantsplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.systemtests.Platform.ASSOCIATIONS;
import static org.grantsplatform.systemtests.Platform.GRANTS;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A partner's consumer built only on the CloudEvents SDK ({@code CloudEventDeserializer}, no code of ours on the
 * reading side) reads every record that the relay put on both event topics while the whole funding cycle emitted
 * every type.
 */
@ExtendWith(Platform.class)
class CloudEventsSdkTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void shouldReadEveryEventOfTheFundingCycleWithTheSdkAlone() throws Exception {
        // the relay's records from here on: the suite's other classes put hand-made and malformed records on the topics
        Map<TopicPartition, Long> from = withConsumer(consumer -> consumer.endOffsets(partitions(consumer)));
        runTheWholeCycle();

        Set<String> expected = new TreeSet<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                expected.add((String) field.get(null));
            }
        }
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Read read = withConsumer(consumer -> readWithTheSdk(consumer, from));
            assertThat(read.failures()).as("records the SDK could not read").isEmpty();
            assertThat(read.types()).containsAll(expected);
        });
    }

    private void runTheWholeCycle() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String association = id(Platform.post(ASSOCIATIONS, "/api/associations", "assoc1", """
                {"name":"SDK Reader Network %s","country":"KE","region":"AFRICA"}""".formatted(run)), 201);
        String members = "/api/associations/" + association + "/members";
        String member = id(Platform.post(ASSOCIATIONS, members, "assoc1",
                "{\"name\":\"Faulu Kenya\",\"country\":\"KE\",\"joinedYear\":2010}"), 201);
        ok(Platform.put(ASSOCIATIONS, members + "/" + member + "/sp-reports/" + (Year.now().getValue() - 1), "assoc1",
                "{\"activeBorrowers\":9000,\"womenBorrowersPct\":58.0}"));
        long version = ok(Platform.get(ASSOCIATIONS, "/api/associations/" + association, "assoc1")).json()
                .get("version").asLong();
        ok(Platform.put(ASSOCIATIONS, "/api/associations/" + association, "assoc1", """
                {"name":"SDK Reader Network %s","country":"KE","region":"AFRICA","website":"https://sdk.example",
                 "version":%d}""".formatted(run, version)));
        ok(Platform.post(ASSOCIATIONS, "/api/associations/" + association + "/verification", "pm1",
                "{\"verified\":true,\"note\":\"documents checked\"}"));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(
                Platform.get(GRANTS, "/api/associations/" + association, "pm1").json().get("verified").asBoolean()).isTrue());

        String programme = id(Platform.post(GRANTS, "/api/programmes", "donor1", """
                {"name":"SDK Reader Fund %s","description":"Read by a partner","donorName":"Reader Trust",
                 "currency":"EUR","budget":50000.00,"maxGrant":20000.00,"windows":["MEMBER_TRAINING"],
                 "opensOn":"%s","closesOn":"%s","eligibility":{"requireVerified":true},
                 "rubric":[{"criterion":"Relevance","weight":1.0,"maxScore":10}]}"""
                .formatted(run, today, today.plusMonths(1))), 201);
        ok(Platform.post(GRANTS, "/api/programmes/" + programme + "/publish", "donor1", "{}"));

        String awarded = draft(programme, association);
        String withdrawn = draft(programme, association);
        ok(Platform.post(GRANTS, "/api/applications/" + awarded + "/submit", "assoc1", "{}"));
        ok(Platform.post(GRANTS, "/api/applications/" + withdrawn + "/withdraw", "assoc1", "{\"note\":\"duplicate\"}"));
        ok(Platform.post(GRANTS, "/api/applications/" + awarded + "/screening", "pm1",
                "{\"eligible\":true,\"note\":\"Within scope\"}"));
        ok(Platform.post(GRANTS, "/api/applications/" + awarded + "/reviewers", "pm1",
                "{\"subjects\":[\"%s\",\"%s\"]}".formatted(Platform.subject("reviewer1"), Platform.subject("reviewer2"))));
        ok(Platform.delete(GRANTS, "/api/applications/" + awarded + "/reviewers/" + Platform.subject("reviewer2"), "pm1"));
        ok(Platform.put(GRANTS, "/api/applications/" + awarded + "/reviews/mine", "reviewer1",
                "{\"conflictOfInterest\":false,\"scores\":[{\"criterion\":\"Relevance\",\"score\":8}],"
                        + "\"comment\":\"Sound plan.\",\"recommendation\":\"AWARD\"}"));
        String grant = ok(Platform.post(GRANTS, "/api/applications/" + awarded + "/decision", "donor1",
                "{\"outcome\":\"AWARD\",\"amount\":10000.00}")).json().get("grantId").asText();

        String tranche = "/api/grants/" + grant + "/tranches/" + id(Platform.post(GRANTS, "/api/grants/" + grant
                + "/tranches", "pm1", "{\"amount\":6000.00,\"dueDate\":\"%s\",\"milestone\":\"Training held\"}"
                .formatted(today)), 201);
        String spare = "/api/grants/" + grant + "/tranches/" + id(Platform.post(GRANTS, "/api/grants/" + grant
                + "/tranches", "pm1", "{\"amount\":4000.00,\"dueDate\":\"%s\",\"milestone\":\"Follow-up\"}"
                .formatted(today.plusMonths(6))), 201);
        ok(Platform.delete(GRANTS, spare, "pm1"));
        ok(Platform.put(GRANTS, tranche, "pm1", "{\"amount\":10000.00,\"dueDate\":\"%s\",\"milestone\":\"Training held\",\"version\":0}"
                .formatted(today)));
        ok(Platform.post(GRANTS, tranche + "/milestone-report", "assoc1",
                "{\"narrative\":\"Forty loan officers trained.\",\"indicators\":[{\"name\":\"Officers\",\"actual\":\"40\"}]}"));
        ok(Platform.post(GRANTS, tranche + "/milestone-report/review", "pm1", "{\"accepted\":true,\"note\":\"Good\"}"));
        ok(Platform.post(GRANTS, tranche + "/disbursement-request", "pm1", "{}"));
        ok(Platform.post(GRANTS, tranche + "/approve", "donor1", "{}"));
        ok(Platform.post(GRANTS, tranche + "/payment", "pm1",
                "{\"paidOn\":\"%s\",\"reference\":\"SDK-%s\"}".formatted(today, run)));
        assertThat(ok(Platform.get(GRANTS, "/api/grants/" + grant, "pm1")).json().get("status").asText())
                .isEqualTo("COMPLETED");
        ok(Platform.post(GRANTS, "/api/programmes/" + programme + "/close", "donor1", "{}"));
    }

    private static String draft(String programme, String association) {
        return id(Platform.post(GRANTS, "/api/applications", "assoc1", """
                {"programmeId":"%s","associationId":"%s","title":"Loan officer training",
                 "summary":"Training on client protection","window":"MEMBER_TRAINING","requestedAmount":10000.00,
                 "durationMonths":12,
                 "budgetLines":[{"category":"TRAINING","description":"Workshops","amount":10000.00}],
                 "strategies":["MEMBER_CAPACITY"],
                 "outcomes":[{"indicator":"Officers trained","baseline":"0","target":"40"}]}"""
                .formatted(programme, association)), 201);
    }

    private static <T> T withConsumer(Function<KafkaConsumer<String, CloudEvent>, T> use) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Platform.bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new CloudEventDeserializer())) {
            return use.apply(consumer);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, CloudEvent> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.ASSOCIATIONS, Topics.GRANTS)) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        return partitions;
    }

    /** Every record of both topics from the given offsets, deserialized by the SDK; what it failed on, by offset. */
    private static Read readWithTheSdk(KafkaConsumer<String, CloudEvent> consumer, Map<TopicPartition, Long> from) {
        List<String> failures = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        List<TopicPartition> partitions = partitions(consumer);
        consumer.assign(partitions);
        partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
        Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
        while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            try {
                for (ConsumerRecord<String, CloudEvent> record : consumer.poll(Duration.ofSeconds(1))) {
                    CloudEvent event = record.value();
                    if (event == null || event.getSpecVersion() != SpecVersion.V1 || event.getData() == null) {
                        failures.add(record.topic() + "@" + record.offset() + ": " + event);
                    } else {
                        types.add(event.getType());
                    }
                }
            } catch (RuntimeException unreadable) {
                failures.add(unreadable.getMessage());
                return new Read(failures, types);
            }
        }
        return new Read(failures, types);
    }

    private record Read(List<String> failures, Set<String> types) {
    }

    private static Platform.Response ok(Platform.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response;
    }

    private static String id(Platform.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json().get("id").asText();
    }
}
