package org.grantsplatform.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.publish;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.Topics;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.reporting.Api;
import org.grantsplatform.runtime.testing.EventsProbe;
import org.grantsplatform.runtime.testing.KafkaTestBroker;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeadLetterTest {

    @Test
    void shouldDeadLetterAGrantEventWithoutItsGrantAndKeepApplyingTheRest() {
        UUID programme = UUID.randomUUID();
        // same key, so the good event waits behind the poison one on the same partition
        publish(EventTypes.DISBURSEMENT_PAID, programme, Instant.now(), Map.of("trancheId", UUID.randomUUID()));
        publish(EventTypes.PROGRAMME_PUBLISHED, programme, Instant.now(), new ProgrammeEvent(
                programme(programme, TestTokens.subjectOf("donor-" + UUID.randomUUID()), "After Poison", "EUR", "OPEN", 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.programManager()
                .when().get("/api/reports/pipeline?programmeId=" + programme).then().statusCode(200));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = EventsProbe.records(KafkaTestBroker.bootstrapServers(),
                    Topics.deadLetterOf(Topics.GRANTS));
            assertThat(dead).anySatisfy(record -> {
                assertThat(record.key()).isEqualTo(programme.toString());
                assertThat(new String(record.headers().lastHeader("dead-letter-reason").value(),
                        StandardCharsets.UTF_8)).contains("grant lacks");
            });
        });
    }
}
