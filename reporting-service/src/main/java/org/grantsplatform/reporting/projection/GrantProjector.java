package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.GrantEvent;

/** Grants and their tranches, from every event that carries the grant's state after a change. */
@ApplicationScoped
public class GrantProjector implements Projector {

    static final Set<String> TYPES = Set.of(EventTypes.TRANCHE_SCHEDULED, EventTypes.TRANCHE_RESCHEDULED,
            EventTypes.TRANCHE_CANCELLED, EventTypes.MILESTONE_REPORTED, EventTypes.MILESTONE_REVIEWED,
            EventTypes.DISBURSEMENT_REQUESTED, EventTypes.DISBURSEMENT_APPROVED, EventTypes.DISBURSEMENT_PAID,
            EventTypes.GRANT_COMPLETED);

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void project(CloudEvent event, Changes changes) {
        changes.grant(changes.read(event, GrantEvent.class).grant());
    }
}
