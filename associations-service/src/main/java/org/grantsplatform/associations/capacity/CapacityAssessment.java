package org.grantsplatform.associations.capacity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of an association's SP capacity self-assessment. Versions are never changed: a new
 * assessment is a new row with the next version, and the highest one is current.
 */
@Entity
public class CapacityAssessment extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID associationId;

    /** 1 for the first assessment, then one more for each. */
    public int version;

    @Enumerated(EnumType.STRING)
    public InterestLevel interest;

    /** Names of the strategies, of the capabilities and of the funding windows, in their enums' order. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> experience;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> capabilities;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> needs;

    public String notes;
    public String assessedBy;
    public Instant assessedAt;

    static CapacityAssessment current(UUID associationId) {
        return find("associationId", Sort.descending("version"), associationId).firstResult();
    }
}
