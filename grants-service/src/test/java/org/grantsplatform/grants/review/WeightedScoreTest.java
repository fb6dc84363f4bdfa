package org.grantsplatform.grants.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.grantsplatform.grants.programme.Programme;
import org.grantsplatform.grants.programme.RubricCriterion;
import org.junit.jupiter.api.Test;

/** weightedScore = 100 × Σ(weight × score / maxScore), half-up to 2 decimals (API.md, "Reviews"). */
class WeightedScoreTest {

    private static final Programme RUBRIC = rubric(new RubricCriterion("relevance", new BigDecimal("0.60"), 5),
            new RubricCriterion("feasibility", new BigDecimal("0.40"), 10));

    @Test
    void shouldWeighEachCriterionOnItsOwnScale() {
        // 100 × (0.6 × 4/5 + 0.4 × 7/10) = 100 × (0.48 + 0.28)
        assertThat(ReviewService.weightedScore(scores(4, 7), RUBRIC)).isEqualByComparingTo("76.00")
                .hasScaleOf(2);
    }

    @Test
    void shouldSpanZeroToAHundred() {
        assertThat(ReviewService.weightedScore(scores(0, 0), RUBRIC)).isEqualTo(new BigDecimal("0.00"));
        assertThat(ReviewService.weightedScore(scores(5, 10), RUBRIC)).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void shouldRoundHalfUpToTwoDecimals() {
        Programme thirds = rubric(new RubricCriterion("a", new BigDecimal("0.5"), 3),
                new RubricCriterion("b", new BigDecimal("0.5"), 3));
        // 100 × (0.5 × 1/3 + 0.5 × 1/3) = 33.333…; 100 × (0.5 × 2/3 + 0.5 × 2/3) = 66.666…
        assertThat(ReviewService.weightedScore(List.of(new Score("a", 1), new Score("b", 1)), thirds))
                .isEqualTo(new BigDecimal("33.33"));
        assertThat(ReviewService.weightedScore(List.of(new Score("a", 2), new Score("b", 2)), thirds))
                .isEqualTo(new BigDecimal("66.67"));
        Programme eighths = rubric(new RubricCriterion("a", new BigDecimal("0.125"), 4),
                new RubricCriterion("b", new BigDecimal("0.875"), 1));
        // 100 × 0.125 × 1/4 = 3.125: the half goes up
        assertThat(ReviewService.weightedScore(List.of(new Score("a", 1), new Score("b", 0)), eighths))
                .isEqualTo(new BigDecimal("3.13"));
    }

    private static List<Score> scores(int relevance, int feasibility) {
        return List.of(new Score("relevance", relevance), new Score("feasibility", feasibility));
    }

    private static Programme rubric(RubricCriterion... criteria) {
        Programme programme = new Programme();
        programme.rubric = List.of(criteria);
        return programme;
    }
}
