package org.grantsplatform.events.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An application's full state; {@code currency} is its programme's. */
public record ApplicationData(
        UUID id,
        UUID programmeId,
        UUID associationId,
        String title,
        String summary,
        String window,
        List<String> strategies,
        String currency,
        BigDecimal requestedAmount,
        List<BudgetLine> budgetLines,
        List<Outcome> outcomes,
        Integer durationMonths,
        String status,
        Instant submittedAt,
        Instant decidedAt,
        BigDecimal score,
        BigDecimal awardedAmount,
        String decisionReason,
        long version) {

    public record BudgetLine(String category, String description, BigDecimal amount) {
    }

    public record Outcome(String indicator, String baseline, String target) {
    }
}
