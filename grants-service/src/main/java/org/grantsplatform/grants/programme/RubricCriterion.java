package org.grantsplatform.grants.programme;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One criterion reviewers score, from 0 to {@code maxScore}; the weights of a rubric add up to 1. */
@Embeddable
public class RubricCriterion {

    public String criterion;
    public BigDecimal weight;
    public int maxScore;

    public RubricCriterion() {
    }

    public RubricCriterion(String criterion, BigDecimal weight, int maxScore) {
        this.criterion = criterion;
        this.weight = weight;
        this.maxScore = maxScore;
    }
}
