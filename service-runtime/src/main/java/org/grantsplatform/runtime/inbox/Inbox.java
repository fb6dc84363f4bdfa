package org.grantsplatform.runtime.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.grantsplatform.events.CloudEvent;

/** Records which events a consumer applied, in the same transaction as their effects. */
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
        int inserted = em.createNativeQuery("insert into inbox_event (consumer, event_id, type) "
                + "values (:consumer, :eventId, :type) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("eventId", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        for (EventHandler handler : handlers) {
            handler.apply(event);
        }
        return true;
    }
}
