package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.ReviewCompleted;

/**
 * Applications through their statuses. A decision also carries the programme's new commitment
 * and, for an award, the grant it created, which are written with it.
 */
@ApplicationScoped
public class ApplicationProjector implements Projector {

    private static final Set<String> TYPES = Set.of(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SCREENED,
            EventTypes.APPLICATION_WITHDRAWN, EventTypes.REVIEW_COMPLETED, EventTypes.APPLICATION_DECIDED);

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void project(CloudEvent event, Changes changes) {
        switch (event.type()) {
            case EventTypes.REVIEW_COMPLETED -> changes.application(changes.read(event, ReviewCompleted.class).application());
            case EventTypes.APPLICATION_DECIDED -> {
                ApplicationDecided decided = changes.read(event, ApplicationDecided.class);
                changes.application(decided.application());
                if (decided.programme() != null) {
                    changes.programme(decided.programme());
                }
                if (decided.grant() != null) {
                    changes.grant(decided.grant());
                }
            }
            default -> changes.application(changes.read(event, ApplicationEvent.class).application());
        }
    }
}
