package org.grantsplatform.runtime.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The outbox table as the relay sees it. Every method runs in the caller's transaction. */
@ApplicationScoped
public class OutboxStore {

    /** One relay at a time across replicas, so that rows of one aggregate go out in order. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    private final EntityManager em;

    @Inject
    public OutboxStore(EntityManager em) {
        this.em = em;
    }

    public boolean tryLead() {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK)
                .getSingleResult();
    }

    @SuppressWarnings("unchecked")
    public List<OutboxRecord> nextBatch(int size) {
        List<Object[]> rows = em.createNativeQuery(
                "select id, topic, aggregate_id, payload from outbox_event order by id limit :size")
                .setParameter("size", size)
                .getResultList();
        return rows.stream()
                .map(r -> new OutboxRecord(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    public void delete(List<Long> ids) {
        em.createNativeQuery("delete from outbox_event where id in (:ids)").setParameter("ids", ids).executeUpdate();
    }

    public long backlog() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue();
    }
}
