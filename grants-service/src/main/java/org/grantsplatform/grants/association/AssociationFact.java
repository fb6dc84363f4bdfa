package org.grantsplatform.grants.association;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * grants-service's copy of an association's eligibility facts and owners, kept from
 * associations.events so that no request has to call associations-service.
 */
@Entity
public class AssociationFact extends PanacheEntityBase {

    @Id
    public UUID associationId;

    public String name;
    public String country;
    public String region;
    public boolean verified;
    public int memberCount;
    public Integer transparencyYear;
    public BigDecimal transparencyRate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "association_fact_owner", joinColumns = @JoinColumn(name = "association_id"))
    @Column(name = "subject")
    public Set<String> owners = new HashSet<>();

    /** The association's own version in associations-service; older events never overwrite newer facts. */
    public long sourceVersion;

    public Instant updatedAt;

    public static List<AssociationFact> ownedBy(String subject) {
        return list("select a from AssociationFact a join a.owners o where o = ?1 order by a.name", subject);
    }
}
