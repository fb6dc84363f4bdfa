package org.grantsplatform.associations.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A microfinance institution (MFI) that is a member of an association. */
@Entity
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID associationId;
    public String name;
    public String country;
    public String legalForm;
    public Integer joinedYear;

    @Version
    public long version;

    public Instant createdAt;

    /** The member, if it belongs to that association: another association's member is as unknown as none. */
    public static Member findIn(UUID associationId, UUID memberId) {
        return find("id = ?1 and associationId = ?2", memberId, associationId).firstResult();
    }

    static boolean nameTaken(UUID associationId, String name, UUID except) {
        return count("associationId = ?1 and lower(name) = lower(?2) and id <> ?3", associationId, name, except) > 0;
    }
}
