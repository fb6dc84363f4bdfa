package org.grantsplatform.reporting.association;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One association as its newest event describes it. */
@Entity
public class AssociationSummary extends PanacheEntityBase {

    @Id
    public UUID associationId;

    public String name;
    public String country;
    public String region;
    public boolean verified;
    public int memberCount;
    public Integer transparencyYear;
    public BigDecimal transparencyRate;
    public long sourceVersion;
    public Instant lastEventAt;
}
