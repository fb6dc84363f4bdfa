package org.grantsplatform.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.runtime.inbox.EventData;
import org.grantsplatform.runtime.inbox.EventHandler;

/** Programmes as published and closed: their donor (for scope), name and currency. */
@ApplicationScoped
public class ProgrammeProjector implements EventHandler {

    private static final Set<String> TYPES = Set.of(EventTypes.PROGRAMME_PUBLISHED, EventTypes.PROGRAMME_CLOSED);

    private final ReadModelWriter writer;

    @Inject
    public ProgrammeProjector(ReadModelWriter writer) {
        this.writer = writer;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void apply(CloudEvent event) {
        writer.programme(EventData.read(event, ProgrammeEvent.class).programme());
    }
}
