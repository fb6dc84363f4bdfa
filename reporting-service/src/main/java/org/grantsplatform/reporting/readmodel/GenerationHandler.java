package org.grantsplatform.reporting.readmodel;

import java.util.List;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.runtime.inbox.EventHandler;

/** Applies an event to one generation: points the inbox transaction at its schema, then projects. */
final class GenerationHandler implements EventHandler {

    private final String schema;
    private final ReadModelSchemas schemas;
    private final List<EventHandler> projectors;

    GenerationHandler(String schema, ReadModelSchemas schemas, List<EventHandler> projectors) {
        this.schema = schema;
        this.schemas = schemas;
        this.projectors = projectors;
    }

    @Override
    public boolean handles(String type) {
        return projectors.stream().anyMatch(p -> p.handles(type));
    }

    @Override
    public void apply(CloudEvent event) {
        schemas.use(schema);
        for (EventHandler projector : projectors) {
            if (projector.handles(event.type())) {
                projector.apply(event);
            }
        }
    }
}
