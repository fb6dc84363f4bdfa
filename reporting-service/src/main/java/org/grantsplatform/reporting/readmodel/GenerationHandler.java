package org.grantsplatform.reporting.readmodel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.reporting.projection.Changes;
import org.grantsplatform.reporting.projection.Projector;
import org.grantsplatform.runtime.inbox.EventHandler;

/**
 * Applies events to one generation. As the runtime's handler it applies one event in the inbox's
 * transaction; a batch projects many events into one set of changes and writes them at once.
 * While a rebuild replays the topics the portfolio totals are left out of every write and counted
 * once when the generation has caught up ({@link #countTotals}), before it answers.
 */
final class GenerationHandler implements EventHandler {

    private final String schema;
    private final ReadModelSchemas schemas;
    private final List<Projector> projectors;
    private final ReadModelWriter writer;
    private final Sql sql;
    /** Set on the generation's consumer thread, read by the threads that apply its batches. */
    private volatile boolean keepTotals;

    GenerationHandler(String schema, ReadModelSchemas schemas, List<Projector> projectors, ReadModelWriter writer,
            Sql sql, boolean keepTotals) {
        this.schema = schema;
        this.schemas = schemas;
        this.projectors = projectors;
        this.writer = writer;
        this.sql = sql;
        this.keepTotals = keepTotals;
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
        sql.work(c -> writer.write(c, changes, keepTotals));
    }

    void project(CloudEvent event, Changes changes) {
        for (Projector projector : projectors) {
            if (projector.handles(event.type())) {
                projector.project(event, changes);
            }
        }
    }

    /** The rest of the plain JDBC transaction reads and writes this generation. */
    void use(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('search_path', ?, true)")) {
            ps.setString(1, schema + ", public");
            ps.executeQuery().close();
        }
    }

    void write(Connection c, Changes changes) throws SQLException {
        writer.write(c, changes, keepTotals);
    }

    /** Counts the totals from the rows in the caller's transaction; from then on every write keeps them. */
    void countTotals(Connection c) throws SQLException {
        use(c);
        writer.recount(c);
    }

    void keepTotals() {
        keepTotals = true;
    }

    boolean keepsTotals() {
        return keepTotals;
    }
}
