package org.grantsplatform.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** One read-model generation: its schema and whether it answers or is still being built. */
@Entity
@Table(name = "read_model_generation", schema = "public")
public class Generation extends PanacheEntityBase {

    public enum Status { BUILDING, ACTIVE }

    @Id
    public int generation;

    public String schemaName;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Instant startedAt;
    public Instant activatedAt;

    public static Optional<Generation> withStatus(Status status) {
        return find("status", status).firstResultOptional();
    }

    public static int next() {
        Integer max = getEntityManager()
                .createQuery("select max(g.generation) from Generation g", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public static String schemaOf(int generation) {
        return "rm_" + generation;
    }
}
