package org.grantsplatform.grants.grant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.grantsplatform.grants.access.ScopedApplication;
import org.grantsplatform.grants.money.Amounts;

/** The money awarded to an association by a decision, paid out in tranches. */
@Entity
@Table(name = "grant_award")
public class Grant extends PanacheEntityBase implements ScopedApplication {

    @Id
    public UUID id;

    public UUID applicationId;
    public UUID programmeId;
    public UUID associationId;
    public String title;
    public String currency;
    public BigDecimal awarded;

    @Enumerated(EnumType.STRING)
    public GrantStatus status;

    public Instant awardedAt;

    @OneToMany(mappedBy = "grant", cascade = CascadeType.ALL)
    @OrderBy("sequence")
    public List<Tranche> tranches = new ArrayList<>();

    @Version
    public long version;

    @Override
    public UUID applicationId() {
        return applicationId;
    }

    @Override
    public UUID applyingAssociationId() {
        return associationId;
    }

    /** A grant comes of an award: its application is decided, never a draft. */
    @Override
    public boolean isDraft() {
        return false;
    }

    @Override
    public boolean isDecided() {
        return true;
    }

    /**
     * Loads the grant locked for a change, bumping its version: changes to one grant and its tranches run
     * one at a time (tranches can never outgrow the award), and each event carries a new version.
     */
    public static Optional<Grant> lockForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public static Grant award(UUID applicationId, UUID programmeId, UUID associationId, String title,
            String currency, BigDecimal amount, Instant at) {
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.applicationId = applicationId;
        grant.programmeId = programmeId;
        grant.associationId = associationId;
        grant.title = title;
        grant.currency = currency;
        grant.awarded = amount;
        grant.status = GrantStatus.ACTIVE;
        grant.awardedAt = at;
        return grant;
    }

    public static Optional<Grant> ofApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    /** The grant's id by application id, for those of the given applications that have one. */
    public static Map<UUID, UUID> idsByApplication(List<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select g.applicationId, g.id from Grant g where g.applicationId in :ids", Object[].class)
                .setParameter("ids", applicationIds).getResultStream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (UUID) r[1]));
    }

    /** The day of the award: calendar dates of the platform are read in UTC. */
    public LocalDate awardDate() {
        return LocalDate.ofInstant(awardedAt, ZoneOffset.UTC);
    }

    public BigDecimal scheduled() {
        return Amounts.sum(tranches.stream().map(t -> t.amount).toList());
    }

    public BigDecimal disbursed() {
        return Amounts.sum(tranches.stream().filter(t -> t.status == TrancheStatus.PAID).map(t -> t.amount).toList());
    }

    public Optional<Tranche> tranche(UUID trancheId) {
        return tranches.stream().filter(t -> t.id.equals(trancheId)).findFirst();
    }

    /** Every tranche of a schedule covering the award is paid, and the last milestone is accepted. */
    public boolean fulfilled() {
        return status == GrantStatus.ACTIVE && !tranches.isEmpty()
                && completesWithReportOn(tranches.get(tranches.size() - 1))
                && tranches.get(tranches.size() - 1).reportStatus == MilestoneReportStatus.ACCEPTED;
    }

    /** The tranche is the last of a schedule covering the award, all paid: completion waits only for its report. */
    boolean completesWithReportOn(Tranche tranche) {
        return scheduled().compareTo(awarded) == 0 && tranches.get(tranches.size() - 1) == tranche
                && tranches.stream().allMatch(t -> t.status == TrancheStatus.PAID);
    }
}
