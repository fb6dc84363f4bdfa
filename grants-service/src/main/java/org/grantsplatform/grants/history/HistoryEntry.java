package org.grantsplatform.grants.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One transition of an application or a grant: who, when, from which status to which, and the event
 * it emitted. Immutable here and append-only in the database (a trigger refuses updates and deletes).
 */
@Entity
@Immutable
public class HistoryEntry extends PanacheEntityBase {

    public static final String APPLICATION = "APPLICATION";
    public static final String GRANT = "GRANT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String aggregateType;
    public UUID aggregateId;
    /** For a grant's entries about one of its tranches. */
    public UUID trancheId;
    public String fromStatus;
    public String toStatus;
    public String eventType;
    public String note;
    public String actorSubject;
    public String actorName;
    public Instant at;

    public static PanacheQuery<HistoryEntry> of(String aggregateType, UUID aggregateId) {
        return find("aggregateType = ?1 and aggregateId = ?2", Sort.by("id"), aggregateType, aggregateId);
    }

    /** The trail without the entries of a given event type made by anyone but {@code actorSubject}. */
    public static PanacheQuery<HistoryEntry> of(String aggregateType, UUID aggregateId, String eventType,
            String actorSubject) {
        return find("aggregateType = ?1 and aggregateId = ?2 and (eventType is null or eventType <> ?3 "
                + "or actorSubject = ?4)", Sort.by("id"), aggregateType, aggregateId, eventType, actorSubject);
    }
}
