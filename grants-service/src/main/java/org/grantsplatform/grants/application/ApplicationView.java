package org.grantsplatform.grants.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.reference.FundingWindow;
import org.grantsplatform.events.reference.Strategy;
import org.grantsplatform.grants.review.MyReviewView;
import org.grantsplatform.grants.review.ReviewView;

@Schema(name = "Application", description = "An application with the reviews the caller may see: program managers, "
        + "admins and the programme's donor see all of them; before the decision a reviewer sees only their own "
        + "and an applicant none (score is then null too); after the decision everyone in scope sees all, the "
        + "applying association's owners without who wrote them (reviewerSubject null). A reviewer assigned to it "
        + "also finds their own review's state in myReview.")
public record ApplicationView(
        UUID id,
        UUID programmeId,
        UUID associationId,
        String title,
        String summary,
        FundingWindow window,
        List<Strategy> strategies,
        @Schema(description = "The programme's currency") String currency,
        BigDecimal requestedAmount,
        List<BudgetLineView> budgetLines,
        List<OutcomeView> outcomes,
        Integer durationMonths,
        ApplicationStatus status,
        Instant submittedAt,
        Instant decidedAt,
        @Schema(description = "Mean weightedScore (0-100) of the completed, non-recused reviews") BigDecimal score,
        BigDecimal awardedAmount,
        String decisionReason,
        @Schema(description = "The grant an award created") UUID grantId,
        List<ReviewView> reviews,
        @Schema(description = "The caller's own review, for a reviewer assigned to the application; null for "
                + "everyone else") MyReviewView myReview,
        long version,
        Instant createdAt) {

    @Schema(name = "BudgetLineView")
    public record BudgetLineView(String category, String description, BigDecimal amount) {
    }

    @Schema(name = "OutcomeView")
    public record OutcomeView(String indicator, String baseline, String target) {
    }

    static ApplicationView of(Application a, String currency, BigDecimal score, UUID grantId,
            List<ReviewView> reviews, MyReviewView myReview) {
        return new ApplicationView(a.id, a.programmeId, a.associationId, a.title, a.summary, a.window,
                a.strategies.stream().sorted().toList(), currency, a.requestedAmount,
                a.budgetLines.stream().map(l -> new BudgetLineView(l.category, l.description, l.amount)).toList(),
                a.outcomes.stream().map(o -> new OutcomeView(o.indicator, o.baseline, o.target)).toList(),
                a.durationMonths, a.status, a.submittedAt, a.decidedAt, score, a.awardedAmount, a.decisionReason,
                grantId, reviews, myReview, a.version, a.createdAt);
    }

    /** The full state for events, whoever caused the change. */
    public static ApplicationData eventData(Application a, String currency) {
        return new ApplicationData(a.id, a.programmeId, a.associationId, a.title, a.summary, a.window.name(),
                a.strategies.stream().sorted().map(Enum::name).toList(), currency, a.requestedAmount,
                a.budgetLines.stream().map(l -> new ApplicationData.BudgetLine(l.category, l.description, l.amount))
                        .toList(),
                a.outcomes.stream().map(o -> new ApplicationData.Outcome(o.indicator, o.baseline, o.target)).toList(),
                a.durationMonths, a.status.name(), a.submittedAt, a.decidedAt, a.score, a.awardedAmount,
                a.decisionReason, a.version);
    }
}
