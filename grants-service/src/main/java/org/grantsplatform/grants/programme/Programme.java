package org.grantsplatform.grants.programme;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Region;
import org.grantsplatform.grants.access.ScopedProgramme;
import org.grantsplatform.grants.money.Amounts;
import org.grantsplatform.runtime.problem.ProblemException;

/** A donor's fund or call for proposals; all its money is in {@code currency}. */
@Entity
public class Programme extends PanacheEntityBase implements ScopedProgramme {

    @Id
    public UUID id;

    public String name;
    public String description;
    public String donorName;
    /** The donor who created it: the only one who edits, publishes, closes and decides on it. */
    public String ownerSubject;
    public String currency;
    public BigDecimal budget;
    public BigDecimal maxGrant;
    /** Sum of the awards; changed only while the row is locked (see {@link #lockForAward}). */
    public BigDecimal committed = Amounts.ZERO;

    @ElementCollection
    @CollectionTable(name = "programme_window", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "funding_window")
    @Enumerated(EnumType.STRING)
    public Set<FundingWindow> windows = new HashSet<>();

    public LocalDate opensOn;
    public LocalDate closesOn;

    /** Empty: associations of every region are eligible. */
    @ElementCollection
    @CollectionTable(name = "programme_region", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "region")
    @Enumerated(EnumType.STRING)
    public Set<Region> regions = new HashSet<>();

    public boolean requireVerified;
    public BigDecimal minTransparencyRate;
    public Integer minMemberCount;

    @ElementCollection
    @CollectionTable(name = "programme_rubric", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    public List<RubricCriterion> rubric = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ProgrammeStatus status;

    @Version
    public long version;

    public Instant createdAt;

    /**
     * Loads the programme with its row locked until the transaction ends, so that concurrent awards
     * on it run one after the other and each sees the commitment of the previous one.
     */
    public static Optional<Programme> lockForAward(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public BigDecimal remaining() {
        return budget.subtract(committed);
    }

    @Override
    public boolean isOwnedBy(String subject) {
        return ownerSubject.equals(subject);
    }

    @Override
    public boolean isDraft() {
        return status == ProgrammeStatus.DRAFT;
    }

    public Optional<RubricCriterion> criterion(String name) {
        return rubric.stream().filter(c -> c.criterion.equals(name)).findFirst();
    }

    public void moveTo(ProgrammeStatus next) {
        if (!status.canMoveTo(next)) {
            throw ProblemException.conflict("programme is " + status + " and cannot become " + next);
        }
        status = next;
    }

    /** Adds an award to the commitment; the caller has checked it fits and holds the row lock. */
    public void commit(BigDecimal amount) {
        committed = committed.add(amount);
    }
}
