package org.grantsplatform.reporting.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.grantsplatform.runtime.problem.ProblemException;

/**
 * The schemas that hold read-model generations. Every method runs in the caller's transaction;
 * choosing a generation sets the transaction's search path, so the same SQL reads and writes
 * whichever generation the transaction is for.
 */
@ApplicationScoped
public class ReadModelSchemas {

    private static final String TABLES = "read-model/tables.sql";

    private final Sql sql;
    private final String tables;

    @Inject
    public ReadModelSchemas(Sql sql) {
        this.sql = sql;
        this.tables = resource(TABLES);
    }

    /** The rest of the transaction reads and writes this schema's tables. */
    public void use(String schema) {
        sql.query("select set_config('search_path', ?, true)", rs -> rs.getString(1), schema + ", public");
    }

    /** The rest of the transaction reads the generation that answers now. */
    public void useActive() {
        List<String> set = sql.query("select set_config('search_path', schema_name || ', public', true) "
                + "from public.read_model_generation where status = 'ACTIVE'", rs -> rs.getString(1));
        if (set.isEmpty()) {
            throw new ProblemException(503, "Service unavailable", "the read model is not ready yet", null);
        }
    }

    public void create(String schema) {
        sql.script("drop schema if exists " + schema + " cascade; create schema " + schema + "; "
                + "set local search_path to " + schema + ";\n" + tables + "\nset local search_path to public;");
    }

    public void drop(String schema) {
        sql.script("drop schema if exists " + schema + " cascade");
    }

    /** Schemas of generations no longer recorded, left by a crash between a switch and its clean-up. */
    public List<String> orphans() {
        return sql.query("select nspname from pg_namespace where nspname ~ '^rm_[0-9]+$' "
                + "and nspname not in (select schema_name from public.read_model_generation)", rs -> rs.getString(1));
    }

    /** A SQL file of the read model, from the classpath. */
    public static String resource(String path) {
        try (InputStream in = ReadModelSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
