package org.grantsplatform.runtime.inbox;

import org.grantsplatform.events.CloudEvent;

/**
 * Applies events of the types it knows to the service's own tables. Beans implementing it are
 * called by the consumer inside the inbox transaction; they never see an event twice.
 * Throwing {@link PoisonEventException} (or any non-database error) sends the record to the DLQ.
 */
public interface EventHandler {

    boolean handles(String type);

    void apply(CloudEvent event);
}
