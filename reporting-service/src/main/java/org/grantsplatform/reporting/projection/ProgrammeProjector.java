package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.ProgrammeEvent;

/** Programmes as published and closed: their donor (for scope), name and currency. */
@ApplicationScoped
public class ProgrammeProjector implements Projector {

    private static final Set<String> TYPES = Set.of(EventTypes.PROGRAMME_PUBLISHED, EventTypes.PROGRAMME_CLOSED);

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void project(CloudEvent event, Changes changes) {
        changes.programme(changes.read(event, ProgrammeEvent.class).programme());
    }
}
