package org.grantsplatform.events.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record ReviewData(
        UUID id,
        UUID applicationId,
        String reviewerSubject,
        boolean conflictOfInterest,
        List<Score> scores,
        BigDecimal weightedScore,
        String comment,
        String recommendation,
        Instant completedAt) {

    public record Score(String criterion, int score) {
    }
}
