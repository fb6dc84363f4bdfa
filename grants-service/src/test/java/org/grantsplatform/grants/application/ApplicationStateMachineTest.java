package org.grantsplatform.grants.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.grantsplatform.runtime.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of application statuses: the moves of DOMAIN.md's funding cycle are allowed, every other refused. */
class ApplicationStateMachineTest {

    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            ApplicationStatus.DRAFT, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.WITHDRAWN),
            ApplicationStatus.SUBMITTED, EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.INELIGIBLE,
                    ApplicationStatus.WITHDRAWN),
            ApplicationStatus.UNDER_REVIEW, EnumSet.of(ApplicationStatus.AWARDED, ApplicationStatus.REJECTED,
                    ApplicationStatus.WITHDRAWN));

    static Stream<Arguments> pairs() {
        return EnumSet.allOf(ApplicationStatus.class).stream().flatMap(from -> EnumSet.allOf(ApplicationStatus.class)
                .stream().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void shouldMoveOnlyAlongTheFundingCycle(ApplicationStatus from, ApplicationStatus to) {
        Application application = new Application();
        application.status = from;
        if (ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
            assertThat(application.moveTo(to)).isEqualTo(from);
            assertThat(application.status).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> application.moveTo(to)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.toProblem().status()).isEqualTo(409));
            assertThat(application.status).isEqualTo(from);
        }
    }

    @ParameterizedTest
    @EnumSource(ApplicationStatus.class)
    void shouldCallOnlyAnAwardOrARejectionADecision(ApplicationStatus status) {
        assertThat(status.decided()).isEqualTo(status == ApplicationStatus.AWARDED
                || status == ApplicationStatus.REJECTED);
    }
}
