package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.associations.AssociationEvent;

/**
 * Associations as their newest event describes them. Every associations event carries the
 * association's full state under {@code association}, so one reading fits them all.
 */
@ApplicationScoped
public class AssociationProjector implements Projector {

    private static final Set<String> TYPES = Set.of(EventTypes.ASSOCIATION_REGISTERED, EventTypes.ASSOCIATION_UPDATED,
            EventTypes.ASSOCIATION_VERIFIED, EventTypes.MEMBER_CHANGED, EventTypes.SP_REPORT_SUBMITTED);

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void project(CloudEvent event, Changes changes) {
        changes.association(changes.read(event, AssociationEvent.class).association());
    }
}
