package org.grantsplatform.associations.spreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.grantsplatform.associations.member.Member;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member MFI's social-performance indicators for one reporting year; one per member and year. */
@Entity
public class SpReport extends PanacheEntityBase {

    /** The first reporting year accepted; SP data of MFIs before it is not expected. */
    public static final int FIRST_YEAR = 1990;

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    public Member member;

    public int year;

    public Integer activeBorrowers;
    public BigDecimal womenBorrowersPct;
    public BigDecimal ruralBorrowersPct;
    public BigDecimal grossLoanPortfolio;
    public String currency;
    public BigDecimal averageLoanSize;
    public BigDecimal clientRetentionRatePct;

    @Column(name = "portfolio_at_risk_30_pct")
    public BigDecimal portfolioAtRisk30Pct;

    public Boolean hasSocialMission;
    public Boolean boardSpCommittee;
    public Boolean clientProtectionEndorsed;

    @Enumerated(EnumType.STRING)
    public PovertyMeasurementTool povertyMeasurementTool;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> nonFinancialServices;

    public BigDecimal staffTurnoverPct;

    @Version
    public long version;

    public String reportedBy;
    public Instant reportedAt;

    static SpReport of(Member member, int year) {
        return find("from SpReport r where r.member = ?1 and r.year = ?2", member, year).firstResult();
    }
}
