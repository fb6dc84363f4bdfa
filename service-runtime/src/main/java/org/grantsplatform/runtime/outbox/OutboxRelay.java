package org.grantsplatform.runtime.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Moves one batch from the outbox to the broker. Rows are deleted in the same transaction that
 * read them and only after the broker acknowledged every one, so a crash or an outage at any
 * point leaves them to be sent again (consumers drop the duplicate through their inbox).
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxStore store;
    private final EventPublisher publisher;

    @Inject
    public OutboxRelay(OutboxStore store, EventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** @return how many events went out; 0 when the outbox is empty or another replica relays. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int relayBatch(int size) {
        if (!store.tryLead()) {
            return 0;
        }
        List<OutboxRecord> batch = store.nextBatch(size);
        if (batch.isEmpty()) {
            return 0;
        }
        publisher.publishAll(batch);
        store.delete(batch.stream().map(OutboxRecord::id).toList());
        return batch.size();
    }
}
