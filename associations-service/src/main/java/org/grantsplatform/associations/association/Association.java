package org.grantsplatform.associations.association;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.events.reference.Region;

/** A microfinance association: a member-based network of MFIs that applies for grants. */
@Entity
public class Association extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;
    public String acronym;
    public String country;

    @Enumerated(EnumType.STRING)
    public Region region;

    public String legalForm;
    public Integer foundedYear;
    public String website;
    public String contactEmail;
    public int memberCount;

    public boolean verified;
    public String verificationNote;
    public String verifiedBy;
    public Instant verifiedAt;

    /** The latest year any member reported SP data, and the share of members that did. */
    public Integer transparencyYear;
    public BigDecimal transparencyRate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "association_owner", joinColumns = @JoinColumn(name = "association_id"))
    @Column(name = "subject")
    public Set<String> owners = new LinkedHashSet<>();

    @Version
    public long version;

    public Instant createdAt;

    public boolean isOwnedBy(String subject) {
        return owners.contains(subject);
    }
}
