package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.ApplicationEvent;
import org.grantsplatform.events.grants.ReviewCompleted;
import org.grantsplatform.runtime.inbox.EventData;
import org.grantsplatform.runtime.inbox.EventHandler;

/**
 * Applications through their statuses. A decision also carries the programme's new commitment
 * and, for an award, the grant it created, which are written with it.
 */
@ApplicationScoped
public class ApplicationProjector implements EventHandler {

    private static final Set<String> TYPES = Set.of(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SCREENED,
            EventTypes.APPLICATION_WITHDRAWN, EventTypes.REVIEW_COMPLETED, EventTypes.APPLICATION_DECIDED);

    private final ReadModelWriter writer;

    @Inject
    public ApplicationProjector(ReadModelWriter writer) {
        this.writer = writer;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void apply(CloudEvent event) {
        switch (event.type()) {
            case EventTypes.REVIEW_COMPLETED -> writer.application(EventData.read(event, ReviewCompleted.class).application());
            case EventTypes.APPLICATION_DECIDED -> {
                ApplicationDecided decided = EventData.read(event, ApplicationDecided.class);
                writer.application(decided.application());
                if (decided.programme() != null) {
                    writer.programme(decided.programme());
                }
                if (decided.grant() != null) {
                    writer.grant(decided.grant());
                }
            }
            default -> writer.application(EventData.read(event, ApplicationEvent.class).application());
        }
    }
}
