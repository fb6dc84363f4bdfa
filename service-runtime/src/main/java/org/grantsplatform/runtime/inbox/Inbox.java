package org.grantsplatform.runtime.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.hibernate.Session;

/**
 * Records which events a consumer applied, in the same transaction as their effects: one record
 * at a time ({@link #applyOnce}) or a whole batch claimed in one statement ({@link #claim}).
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    @Inject
    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** @return false when this consumer had already applied the event, which then changes nothing. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyOnce(String consumer, CloudEvent event, List<EventHandler> handlers) {
        if (session().doReturningWork(c -> InboxTable.claim(c, consumer, List.of(event))).isEmpty()) {
            return false;
        }
        for (EventHandler handler : handlers) {
            handler.apply(event);
        }
        return true;
    }

    /**
     * Batch mode, for a consumer that runs its own JDBC transaction: records the events for the
     * consumer in one statement on that transaction's connection. The caller applies only the
     * events returned and commits (or rolls back) them together with the claim.
     *
     * @return the ids of the events this consumer had not applied before, each once however often
     *         the batch holds it
     */
    public Set<String> claim(Connection c, String consumer, Collection<CloudEvent> events) throws SQLException {
        return InboxTable.claim(c, consumer, events);
    }

    /** Forgets every event the consumer applied (a read model dropped for a rebuild); joins the caller's transaction. */
    @Transactional
    public int forget(String consumer) {
        return session().doReturningWork(c -> InboxTable.forget(c, consumer));
    }

    /** Deletes at most {@code limit} rows processed before {@code before}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune(Instant before, int limit) {
        return session().doReturningWork(c -> InboxTable.prune(c, before, limit));
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
