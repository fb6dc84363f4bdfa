package org.grantsplatform.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.transaction.xa.XAException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.grantsplatform.events.CloudEvent;
import org.junit.jupiter.api.Test;

class RecordProcessorTest {

    private static final String EVENT = """
            {"specversion":"1.0","id":"e-1","source":"/test","type":"test.thing.happened.v1",
             "subject":"a-1","datacontenttype":"application/json","data":{"n":1}}""";

    private final List<CloudEvent> applied = new ArrayList<>();
    private final List<ProducerRecord<String, String>> deadLetters = new ArrayList<>();
    private final Set<String> inboxIds = new HashSet<>();
    private RuntimeException failure;

    private final EventHandler handler = new EventHandler() {
        @Override
        public boolean handles(String type) {
            return type.equals("test.thing.happened.v1");
        }

        @Override
        public void apply(CloudEvent event) {
            if (failure != null) {
                throw failure;
            }
            applied.add(event);
        }
    };

    private final RecordProcessor processor = new RecordProcessor("test-consumer", List.of(handler),
            (consumer, event, handlers) -> {
                if (inboxIds.contains(event.id())) {
                    return false;
                }
                handlers.forEach(h -> h.apply(event));
                inboxIds.add(event.id());
                return true;
            }, deadLetters::add);

    @Test
    void shouldApplyAnEventOnceAndIgnoreItsRedelivery() {
        assertThat(processor.process(record(EVENT))).isEqualTo(RecordProcessor.Outcome.APPLIED);
        assertThat(processor.process(record(EVENT))).isEqualTo(RecordProcessor.Outcome.DUPLICATE);

        assertThat(applied).hasSize(1);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void shouldDeadLetterARecordThatIsNotACloudEventWithTheReasonInAHeader() {
        assertThat(processor.process(record("{not json"))).isEqualTo(RecordProcessor.Outcome.DEAD_LETTERED);

        assertThat(deadLetters).singleElement().satisfies(dead -> {
            assertThat(dead.topic()).isEqualTo("grants.events.dlq");
            assertThat(dead.value()).isEqualTo("{not json");
            assertThat(header(dead, "dead-letter-reason")).contains("not a CloudEvents JSON document");
            assertThat(header(dead, "dead-letter-offset")).isEqualTo("7");
        });
    }

    @Test
    void shouldDeadLetterAnEventItsHandlerRefuses() {
        failure = new PoisonEventException("data does not match");

        assertThat(processor.process(record(EVENT))).isEqualTo(RecordProcessor.Outcome.DEAD_LETTERED);
        assertThat(header(deadLetters.get(0), "dead-letter-reason")).isEqualTo("data does not match");
    }

    @Test
    void shouldRetryWhileTheDatabaseIsAway() {
        failure = new IllegalStateException("tx failed", new SQLException("connection refused", "08001"));

        assertThat(processor.process(record(EVENT))).isEqualTo(RecordProcessor.Outcome.RETRY);
        assertThat(deadLetters).isEmpty();

        failure = null;
        assertThat(processor.process(record(EVENT))).isEqualTo(RecordProcessor.Outcome.APPLIED);
    }

    @Test
    void shouldRetryWhenTheCommitItselfFailed() {
        // as Narayana reports a connection lost during a one-phase commit (PostgreSQL stopped under load)
        failure = new IllegalStateException(new RollbackException("ARJUNA016053: Could not commit transaction."));

        assertThat(processor.process(record(EVENT))).isEqualTo(RecordProcessor.Outcome.RETRY);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void shouldTreatAnIntegrityViolationFoundAtCommitAsPoison() {
        // Narayana attaches the reason of a failed commit as a suppressed exception
        XAException reason = new XAException("Error trying to transactionCommit local transaction");
        reason.initCause(new SQLException("duplicate key", "23505"));
        RollbackException atCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        atCommit.addSuppressed(reason);
        failure = new IllegalStateException(atCommit);

        assertThat(processor.process(record(EVENT))).isEqualTo(RecordProcessor.Outcome.DEAD_LETTERED);
    }

    @Test
    void shouldTreatIntegrityViolationsAsPoison() {
        failure = new IllegalStateException("insert failed", new SQLException("duplicate key", "23505"));

        assertThat(processor.process(record(EVENT))).isEqualTo(RecordProcessor.Outcome.DEAD_LETTERED);
    }

    @Test
    void shouldSkipTypesNoHandlerKnows() {
        String unknown = EVENT.replace("test.thing.happened.v1", "test.thing.happened.v2");

        assertThat(processor.process(record(unknown))).isEqualTo(RecordProcessor.Outcome.SKIPPED);
        assertThat(applied).isEmpty();
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void shouldRetryWhenTheDeadLetterTopicCannotBeWritten() {
        RecordProcessor blocked = new RecordProcessor("c", List.of(handler), (c, e, h) -> true, r -> {
            throw new IllegalStateException("broker away");
        });

        assertThat(blocked.process(record("garbage"))).isEqualTo(RecordProcessor.Outcome.RETRY);
    }

    private static ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>("grants.events", 2, 7, "a-1", value);
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
