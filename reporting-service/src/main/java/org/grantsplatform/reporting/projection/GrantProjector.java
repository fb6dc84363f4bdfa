package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.runtime.inbox.EventData;
import org.grantsplatform.runtime.inbox.EventHandler;

/** Grants and their tranches, from every event that carries the grant's state after a change. */
@ApplicationScoped
public class GrantProjector implements EventHandler {

    static final Set<String> TYPES = Set.of(EventTypes.TRANCHE_SCHEDULED, EventTypes.MILESTONE_REPORTED,
            EventTypes.MILESTONE_REVIEWED, EventTypes.DISBURSEMENT_REQUESTED, EventTypes.DISBURSEMENT_APPROVED,
            EventTypes.DISBURSEMENT_PAID, EventTypes.GRANT_COMPLETED);

    private final ReadModelWriter writer;

    @Inject
    public GrantProjector(ReadModelWriter writer) {
        this.writer = writer;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void apply(CloudEvent event) {
        writer.grant(EventData.read(event, GrantEvent.class).grant());
    }
}
