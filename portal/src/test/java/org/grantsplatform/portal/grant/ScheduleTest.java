package org.grantsplatform.portal.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A grant's award, what its tranches schedule and what is left, and the tranche work offered by grants-service's rules. */
class ScheduleTest {

    private static Grant.Tranche tranche(int sequence, String amount, String status, String report) {
        return new Grant.Tranche(UUID.randomUUID(), null, sequence, new BigDecimal(amount), LocalDate.of(2027, 1, sequence),
                "Milestone " + sequence, status, new Grant.MilestoneReport(report, null, null, null, null, null, null, null),
                false, null, null, null, null, 0);
    }

    private static Schedule schedule(String status, Grant.Tranche... tranches) {
        return new Schedule(new Grant(UUID.randomUUID(), null, null, null, "Grant", "USD", new BigDecimal("30000.00"),
                BigDecimal.ZERO, status, null, List.of(tranches), 0));
    }

    @Test
    void theAwardIsSplitIntoWhatIsScheduledAndWhatRemains() {
        Grant.Tranche first = tranche(1, "10000.00", "PAID", "NONE");
        Schedule schedule = schedule("ACTIVE", first, tranche(2, "12500.50", "PLANNED", "NONE"));
        assertThat(schedule.scheduled()).isEqualByComparingTo("22500.50");
        assertThat(schedule.remaining()).isEqualByComparingTo("7499.50");
        assertThat(schedule.canSchedule()).isTrue();
        assertThat(schedule.mostFor(first)).isEqualByComparingTo("17499.50");
        assertThat(schedule("ACTIVE").remaining()).isEqualByComparingTo("30000.00");
    }

    @Test
    void aFullyScheduledOrClosedGrantTakesNoMoreTranches() {
        assertThat(schedule("ACTIVE", tranche(1, "30000.00", "PLANNED", "NONE")).canSchedule()).isFalse();
        assertThat(schedule("COMPLETED").canSchedule()).isFalse();
    }

    @Test
    void theFirstTrancheIsRequestedAtOnceAndTheLaterOnesAfterAnAcceptedReport() {
        Grant.Tranche first = tranche(1, "10000.00", "PLANNED", "NONE");
        Grant.Tranche second = tranche(2, "10000.00", "PLANNED", "SUBMITTED");
        Grant.Tranche third = tranche(3, "10000.00", "PLANNED", "ACCEPTED");
        Schedule schedule = schedule("ACTIVE", first, second, third);
        assertThat(schedule.canRequest(first)).isTrue();
        assertThat(schedule.canRequest(second)).isFalse();
        assertThat(schedule.waitsForReport(second)).isTrue();
        assertThat(schedule.canReview(second)).isTrue();
        assertThat(schedule.canRequest(third)).isTrue();
        assertThat(schedule.waitsForReport(third)).isFalse();
        assertThat(schedule.canChange(second)).isTrue();
    }

    @Test
    void aRequestedTrancheNoLongerChangesAndAnApprovedOneIsPaid() {
        Grant.Tranche requested = tranche(1, "10000.00", "REQUESTED", "NONE");
        Grant.Tranche approved = tranche(2, "10000.00", "APPROVED", "ACCEPTED");
        Schedule schedule = schedule("ACTIVE", requested, approved);
        assertThat(schedule.canChange(requested)).isFalse();
        assertThat(schedule.canRequest(requested)).isFalse();
        assertThat(schedule.canPay(requested)).isFalse();
        assertThat(schedule.canPay(approved)).isTrue();
        assertThat(schedule("COMPLETED", tranche(1, "1.00", "PLANNED", "SUBMITTED")).canReview(
                tranche(1, "1.00", "PLANNED", "SUBMITTED"))).isFalse();
    }
}
