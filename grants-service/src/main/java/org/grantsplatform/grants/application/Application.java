package org.grantsplatform.grants.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Strategy;
import org.grantsplatform.grants.access.ScopedApplication;
import org.grantsplatform.grants.money.Amounts;
import org.grantsplatform.runtime.problem.ProblemException;

/** An association's request for a grant from a programme; its money is in the programme's currency. */
@Entity
public class Application extends PanacheEntityBase implements ScopedApplication {

    @Id
    public UUID id;

    public UUID programmeId;
    public UUID associationId;
    public String title;
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_window")
    public FundingWindow window;

    @ElementCollection
    @CollectionTable(name = "application_strategy", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "strategy")
    @Enumerated(EnumType.STRING)
    public Set<Strategy> strategies = new HashSet<>();

    public BigDecimal requestedAmount;

    @ElementCollection
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<BudgetLine> budgetLines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_outcome", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<Outcome> outcomes = new ArrayList<>();

    public Integer durationMonths;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    public Instant submittedAt;
    public Instant decidedAt;
    /** Mean weighted score (0-100) of the completed, non-recused reviews. */
    public BigDecimal score;
    public BigDecimal awardedAmount;
    public String decisionReason;
    public String createdBy;
    public Instant createdAt;

    @Version
    public long version;

    @Override
    public UUID applicationId() {
        return id;
    }

    @Override
    public UUID applyingAssociationId() {
        return associationId;
    }

    @Override
    public boolean isDraft() {
        return status == ApplicationStatus.DRAFT;
    }

    @Override
    public boolean isDecided() {
        return status.decided();
    }

    public BigDecimal budgetTotal() {
        return Amounts.sum(budgetLines.stream().map(l -> l.amount).toList());
    }

    /** @return the status it left */
    public ApplicationStatus moveTo(ApplicationStatus next) {
        if (!status.next().contains(next)) {
            throw ProblemException.conflict("application is " + status + " and cannot become " + next);
        }
        ApplicationStatus from = status;
        status = next;
        return from;
    }

    public void requireStatus(ApplicationStatus required, String action) {
        if (status != required) {
            throw ProblemException.conflict("application is " + status + "; " + action + " needs " + required);
        }
    }
}
