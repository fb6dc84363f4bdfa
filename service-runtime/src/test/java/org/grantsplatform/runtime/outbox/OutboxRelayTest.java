package org.grantsplatform.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    private final FakeStore store = new FakeStore();
    private final List<OutboxRecord> published = new ArrayList<>();

    @Test
    void shouldPublishInOutboxOrderAndDeleteOnlyWhatWasAcknowledged() {
        store.rows.addAll(List.of(row(1), row(2), row(3)));
        OutboxRelay relay = new OutboxRelay(store, published::addAll);

        assertThat(relay.relayBatch(2)).isEqualTo(2);

        assertThat(published).extracting(OutboxRecord::id).containsExactly(1L, 2L);
        assertThat(store.rows).extracting(OutboxRecord::id).containsExactly(3L);
    }

    @Test
    void shouldKeepEveryRowWhenTheBrokerDoesNotAcknowledge() {
        store.rows.addAll(List.of(row(1), row(2)));
        OutboxRelay relay = new OutboxRelay(store, records -> {
            throw new EventPublishingException("broker away", null);
        });

        assertThatThrownBy(() -> relay.relayBatch(10)).isInstanceOf(EventPublishingException.class);

        assertThat(store.rows).extracting(OutboxRecord::id).containsExactly(1L, 2L);
    }

    @Test
    void shouldLeaveTheOutboxToTheReplicaThatHoldsTheRelayLock() {
        store.rows.add(row(1));
        store.leader = false;
        OutboxRelay relay = new OutboxRelay(store, published::addAll);

        assertThat(relay.relayBatch(10)).isZero();

        assertThat(published).isEmpty();
        assertThat(store.rows).hasSize(1);
    }

    private static OutboxRecord row(long id) {
        return new OutboxRecord(id, "grants.events", "aggregate-" + id, "{}");
    }

    private static final class FakeStore extends OutboxStore {
        final List<OutboxRecord> rows = new ArrayList<>();
        boolean leader = true;

        FakeStore() {
            super(null);
        }

        @Override
        public boolean tryLead() {
            return leader;
        }

        @Override
        public List<OutboxRecord> nextBatch(int size) {
            return List.copyOf(rows.subList(0, Math.min(size, rows.size())));
        }

        @Override
        public void delete(List<Long> ids) {
            rows.removeIf(r -> ids.contains(r.id()));
        }
    }
}
