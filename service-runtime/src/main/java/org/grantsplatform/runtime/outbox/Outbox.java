package org.grantsplatform.runtime.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventJson;

/**
 * Writes an event in the caller's transaction, so that the state change and its event commit
 * together or not at all. The relay publishes it after the commit.
 */
@ApplicationScoped
public class Outbox {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelayWorker relay;
    private final String source;

    @Inject
    public Outbox(EntityManager em, TransactionSynchronizationRegistry transactions, OutboxRelayWorker relay,
            @ConfigProperty(name = "platform.events.source") String source) {
        this.em = em;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent emit(String topic, String type, UUID aggregateId, Object data) {
        // Flush the aggregate first: its row lock makes a concurrent change of the same aggregate
        // wait, so outbox ids of one aggregate follow commit order.
        em.flush();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                aggregateId.toString(), Instant.now(), CloudEvent.JSON, JSON.valueToTree(data));
        em.createNativeQuery("insert into outbox_event (event_id, topic, aggregate_id, type, payload) "
                + "values (:eventId, :topic, :aggregateId, :type, :payload)")
                .setParameter("eventId", UUID.fromString(event.id()))
                .setParameter("topic", topic)
                .setParameter("aggregateId", event.subject())
                .setParameter("type", type)
                .setParameter("payload", toJson(event))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit());
        return event;
    }

    private static String toJson(CloudEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event cannot be written as JSON: " + event.type(), e);
        }
    }

    private final class WakeRelayOnCommit implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
