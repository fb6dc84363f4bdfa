package org.grantsplatform.grants.application;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** What part of the requested amount pays for; the lines add up to the requested amount. */
@Embeddable
public class BudgetLine {

    public String category;
    public String description;
    public BigDecimal amount;

    public BudgetLine() {
    }

    public BudgetLine(String category, String description, BigDecimal amount) {
        this.category = category;
        this.description = description;
        this.amount = amount;
    }
}
