package org.grantsplatform.reporting.readmodel;

import java.util.List;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.reporting.projection.Changes;
import org.grantsplatform.reporting.projection.Projector;
import org.grantsplatform.reporting.projection.ReadModelWriter;
import org.grantsplatform.runtime.inbox.EventHandler;

/**
 * Applies events to one generation. As the runtime's handler it applies one event in the inbox's
 * transaction; a batch projects many events into one set of changes and writes them at once.
 */
final class GenerationHandler implements EventHandler {

    private final String schema;
    private final ReadModelSchemas schemas;
    private final List<Projector> projectors;
    private final ReadModelWriter writer;
    private final Sql sql;

    GenerationHandler(String schema, ReadModelSchemas schemas, List<Projector> projectors, ReadModelWriter writer,
            Sql sql) {
        this.schema = schema;
        this.schemas = schemas;
        this.projectors = projectors;
        this.writer = writer;
        this.sql = sql;
    }

    String schema() {
        return schema;
    }

    ReadModelWriter writer() {
        return writer;
    }

    @Override
    public boolean handles(String type) {
        return projectors.stream().anyMatch(p -> p.handles(type));
    }

    @Override
    public void apply(CloudEvent event) {
        Changes changes = new Changes();
        project(event, changes);
        schemas.use(schema);
        sql.work(c -> writer.write(c, changes));
    }

    void project(CloudEvent event, Changes changes) {
        for (Projector projector : projectors) {
            if (projector.handles(event.type())) {
                projector.project(event, changes);
            }
        }
    }
}
