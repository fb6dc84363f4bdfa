package org.grantsplatform.portal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An application as grants-service answers it, with the reviews the caller may see. */
public record Application(UUID id, UUID programmeId, UUID associationId, String title, String summary, String window,
        List<String> strategies, String currency, BigDecimal requestedAmount, List<BudgetLine> budgetLines,
        List<Outcome> outcomes, Integer durationMonths, String status, Instant submittedAt, Instant decidedAt,
        BigDecimal score, BigDecimal awardedAmount, String decisionReason, UUID grantId, List<Review> reviews,
        long version, Instant createdAt) {

    public Application {
        strategies = strategies == null ? List.of() : strategies;
        budgetLines = budgetLines == null ? List.of() : budgetLines;
        outcomes = outcomes == null ? List.of() : outcomes;
        reviews = reviews == null ? List.of() : reviews;
    }

    public record BudgetLine(String category, String description, BigDecimal amount) {
    }

    public record Outcome(String indicator, String baseline, String target) {
    }

    public record Review(UUID id, String reviewerSubject, String status, boolean conflictOfInterest, List<Score> scores,
            BigDecimal weightedScore, String comment, String recommendation, Instant assignedAt, Instant completedAt,
            long version) {

        public Review {
            scores = scores == null ? List.of() : scores;
        }

        /** The score given to a criterion, or null. */
        public Integer scoreOf(String criterion) {
            return scores.stream().filter(s -> s.criterion().equals(criterion)).map(Score::score).findFirst().orElse(null);
        }
    }

    public record Score(String criterion, int score) {
    }

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    /** Before a decision (ApplicationStatus.next() of grants-service); the service refuses any other with a 409. */
    public boolean withdrawable() {
        return "DRAFT".equals(status) || "SUBMITTED".equals(status) || "UNDER_REVIEW".equals(status);
    }

    public boolean decided() {
        return "AWARDED".equals(status) || "REJECTED".equals(status);
    }

    public BigDecimal budgetTotal() {
        return budgetLines.stream().map(BudgetLine::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The caller's own review (a reviewer sees only theirs before the decision), or null. */
    public Review reviewOf(String subject) {
        return reviews.stream().filter(r -> subject.equals(r.reviewerSubject())).findFirst().orElse(null);
    }
}
