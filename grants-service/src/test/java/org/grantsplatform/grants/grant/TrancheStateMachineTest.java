package org.grantsplatform.grants.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.grantsplatform.runtime.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of tranche statuses and of milestone-report statuses: money moves one step at a time towards PAID
 * and never back; a returned report can be submitted again, an accepted one is final.
 */
class TrancheStateMachineTest {

    private static final Map<TrancheStatus, TrancheStatus> NEXT = Map.of(TrancheStatus.PLANNED,
            TrancheStatus.REQUESTED, TrancheStatus.REQUESTED, TrancheStatus.APPROVED, TrancheStatus.APPROVED,
            TrancheStatus.PAID);

    private static final Map<MilestoneReportStatus, Set<MilestoneReportStatus>> REPORT_NEXT = Map.of(
            MilestoneReportStatus.NONE, EnumSet.of(MilestoneReportStatus.SUBMITTED),
            MilestoneReportStatus.SUBMITTED, EnumSet.of(MilestoneReportStatus.ACCEPTED, MilestoneReportStatus.RETURNED),
            MilestoneReportStatus.RETURNED, EnumSet.of(MilestoneReportStatus.SUBMITTED));

    static Stream<Arguments> tranchePairs() {
        return pairs(TrancheStatus.class);
    }

    static Stream<Arguments> reportPairs() {
        return pairs(MilestoneReportStatus.class);
    }

    private static <E extends Enum<E>> Stream<Arguments> pairs(Class<E> type) {
        return EnumSet.allOf(type).stream().flatMap(from -> EnumSet.allOf(type).stream()
                .map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("tranchePairs")
    void shouldMoveTheMoneyOneStepAtATime(TrancheStatus from, TrancheStatus to) {
        Tranche tranche = new Tranche();
        tranche.status = from;
        if (to == NEXT.get(from)) {
            assertThat(tranche.moveTo(to)).isEqualTo(from);
            assertThat(tranche.status).isEqualTo(to);
        } else {
            assertConflict(() -> tranche.moveTo(to));
            assertThat(tranche.status).isEqualTo(from);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("reportPairs")
    void shouldReviewAMilestoneReportOnlyOnceSubmitted(MilestoneReportStatus from, MilestoneReportStatus to) {
        Tranche tranche = new Tranche();
        tranche.reportStatus = from;
        if (REPORT_NEXT.getOrDefault(from, Set.of()).contains(to)) {
            assertThat(tranche.moveReportTo(to)).isEqualTo(from);
            assertThat(tranche.reportStatus).isEqualTo(to);
        } else {
            assertConflict(() -> tranche.moveReportTo(to));
            assertThat(tranche.reportStatus).isEqualTo(from);
        }
    }

    private static void assertConflict(Runnable move) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.toProblem().status()).isEqualTo(409));
    }
}
