package org.grantsplatform.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Application application(String title, String score, Instant submittedAt, Application.Review... reviews) {
        return new Application(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), title, null, "INNOVATION",
                List.of(), "USD", new BigDecimal("1000.00"), List.of(), List.of(), 12, "UNDER_REVIEW", submittedAt,
                null, score == null ? null : new BigDecimal(score), null, null, null, List.of(reviews), 0, submittedAt,
                null);
    }

    private static Application.Review review(String subject, String status) {
        return new Application.Review(UUID.randomUUID(), subject, status, "RECUSED".equals(status), List.of(),
                "COMPLETED".equals(status) ? new BigDecimal("70.00") : null, null, null, Instant.EPOCH, null, 0);
    }

    @Test
    void highestScoreFirstUnscoredAfterAndEqualScoresBySubmission() {
        Instant t = Instant.parse("2027-01-10T10:00:00Z");
        Application unscoredEarly = application("unscored, early", null, t.minusSeconds(3600));
        Application low = application("low", "41.50", t);
        Application highLate = application("high, late", "81.50", t.plusSeconds(60));
        Application highEarly = application("high, early", "81.5", t);
        Application unscoredLate = application("unscored, late", null, t.plusSeconds(3600));

        List<Application> ranked = Ranking.rank(List.of(unscoredEarly, low, highLate, unscoredLate, highEarly));

        assertThat(ranked).extracting(Application::title)
                .containsExactly("high, early", "high, late", "low", "unscored, early", "unscored, late");
    }

    @Test
    void reviewersAreNamedByTheHistoryNeverByTheirIdAndTheOthersNumberedAfterThem() {
        Application a = application("a", "70", Instant.EPOCH, review("sub-pending", "ASSIGNED"),
                review("sub-1", "COMPLETED"), review("sub-2", "RECUSED"));
        List<HistoryEntry> history = List.of(
                new HistoryEntry(Instant.EPOCH, "sub-pm", "pm1", null, "ASSIGNED", null, "grants.review.assigned", null),
                new HistoryEntry(Instant.EPOCH, "sub-1", "reviewer1", "ASSIGNED", "COMPLETED", null, "grants.review.completed.v1", null),
                new HistoryEntry(Instant.EPOCH, "sub-2", "", "ASSIGNED", "RECUSED", null, "grants.review.completed.v1", null));

        List<ReviewLine> lines = ReviewLine.of(a, history);

        assertThat(lines).extracting(ReviewLine::name).containsExactly("reviewer1", null, null);
        assertThat(lines).extracting(l -> l.review().reviewerSubject()).containsExactly("sub-1", "sub-pending", "sub-2");
        assertThat(lines).extracting(ReviewLine::number).containsExactly(1, 2, 3);
        assertThat(lines.get(0).completed()).isTrue();
        assertThat(lines.get(2).recused()).isTrue();
    }
}
