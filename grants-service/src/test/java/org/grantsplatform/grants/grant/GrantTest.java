package org.grantsplatform.grants.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GrantTest {

    @Test
    void shouldNeverScheduleTranchesBeyondTheAward() {
        String grantId = grant();
        tranche(grantId, 30000);
        as("pm1").body(Map.of("amount", 10000.01, "dueDate", TODAY.toString(), "milestone", "final report"))
                .post("/api/grants/" + grantId + "/tranches").then().statusCode(422)
                .body("violations[0].rule", equalTo("tranches-within-award"))
                .body("violations[0].expected", equalTo("<= 10000.00"));
        tranche(grantId, 10000);
        as("pm1").body(Map.of("amount", 0.01, "dueDate", TODAY.toString(), "milestone", "more"))
                .post("/api/grants/" + grantId + "/tranches").then().statusCode(422);
    }

    @Test
    void shouldRefuseAPaymentDatedBeforeTheAwardOrInTheFutureAndPayNothing() {
        String grantId = grant();
        String trancheId = tranche(grantId, 10000);
        requestDisbursement("pm1", grantId, trancheId).statusCode(200);
        approve("donor1", grantId, trancheId).statusCode(200);

        as("pm1").body(Map.of("paidOn", TODAY.minusDays(1).toString(), "reference", "TX-early"))
                .post(trancheUrl(grantId, trancheId) + "/payment").then().statusCode(422)
                .body("violations[0].field", equalTo("paidOn"))
                .body("violations[0].rule", equalTo("paid-after-award"));
        as("pm1").body(Map.of("paidOn", TODAY.plusDays(1).toString(), "reference", "TX-late"))
                .post(trancheUrl(grantId, trancheId) + "/payment").then().statusCode(422)
                .body("violations[0].field", equalTo("paidOn"))
                .body("violations[0].rule", equalTo("paid-not-in-future"));
        as("pm1").get(trancheUrl(grantId, trancheId)).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void shouldRefuseADueDateFarFromTheAward() {
        String grantId = grant();
        for (String due : List.of(TODAY.minusDays(1).toString(), TODAY.plusYears(10).plusDays(1).toString())) {
            as("pm1").body(Map.of("amount", 100, "dueDate", due, "milestone", "m"))
                    .post("/api/grants/" + grantId + "/tranches").then().statusCode(422)
                    .body("violations[0].rule", equalTo("due-date-within-grant-period"))
                    .body("violations[0].field", equalTo("dueDate"));
        }
        as("pm1").body(Map.of("amount", 100, "dueDate", TODAY.toString(), "milestone", "m"))
                .post("/api/grants/" + grantId + "/tranches").then().statusCode(201);
    }

    @Test
    void shouldRescheduleAPlannedTrancheUnderTheRulesOfScheduling() {
        String grantId = grant();
        String first = tranche(grantId, 10000);
        String second = tranche(grantId, 20000);

        reschedule(grantId, first, 20000, 0).statusCode(200).body("amount", equalTo(20000.00f))
                .body("dueDate", equalTo(TODAY.plusMonths(4).toString())).body("version", equalTo(1))
                .body("sequence", equalTo(1));
        reschedule(grantId, first, 20000.01, 1).statusCode(422)
                .body("violations[0].rule", equalTo("tranches-within-award"))
                .body("violations[0].expected", equalTo("<= 20000.00"));
        reschedule(grantId, first, 15000, 0).statusCode(409);
        as("pm1").body(Map.of("amount", 15000, "dueDate", TODAY.plusYears(11).toString(), "milestone", "m",
                "version", 1)).put(trancheUrl(grantId, first)).then().statusCode(422)
                .body("violations[0].rule", equalTo("due-date-within-grant-period"));
        as("pm1").body(Map.of("amount", 15000, "dueDate", TODAY.toString(), "milestone", "m"))
                .put(trancheUrl(grantId, first)).then().statusCode(400).body("violations[0].field", equalTo("version"));
        as("assoc1").body(Map.of("amount", 15000, "dueDate", TODAY.toString(), "milestone", "m", "version", 1))
                .put(trancheUrl(grantId, first)).then().statusCode(403);

        reportMilestone("assoc1", grantId, second).statusCode(200);
        as("pm1").body(Map.of("amount", 10000, "dueDate", TODAY.toString(), "milestone", "another milestone",
                "version", 1)).put(trancheUrl(grantId, second)).then().statusCode(409);
        as("pm1").body(Map.of("amount", 10000, "dueDate", TODAY.toString(), "milestone", "SPM officer hired",
                "version", 1)).put(trancheUrl(grantId, second)).then().statusCode(200);
        requestDisbursement("pm1", grantId, first).statusCode(200);
        reschedule(grantId, first, 10000, 2).statusCode(409);

        as("pm1").get("/api/grants/" + grantId).then().body("tranches.amount", equalTo(List.of(20000.00f, 10000.00f)));
        await().atMost(WAIT).untilAsserted(() -> assertThat(eventTypes(grantId).get(grantId)).containsExactly(
                EventTypes.TRANCHE_SCHEDULED, EventTypes.TRANCHE_SCHEDULED, EventTypes.TRANCHE_RESCHEDULED,
                EventTypes.MILESTONE_REPORTED, EventTypes.TRANCHE_RESCHEDULED, EventTypes.DISBURSEMENT_REQUESTED));
        as("pm1").get("/api/grants/" + grantId + "/history").then()
                .body("items.find { it.event == 'grants.tranche.rescheduled.v1' }.note",
                        equalTo("amount 10000.00 → 20000.00; due " + TODAY.plusMonths(3) + " → " + TODAY.plusMonths(4)));
    }

    @Test
    void shouldCancelAPlannedTrancheAndMoveTheLaterOnesUp() {
        String grantId = grant();
        String first = tranche(grantId, 10000);
        String second = tranche(grantId, 10000);
        String third = tranche(grantId, 10000);
        String fourth = tranche(grantId, 10000);
        requestDisbursement("pm1", grantId, first).statusCode(200);
        reportMilestone("assoc1", grantId, third).statusCode(200);

        cancel(grantId, first).statusCode(409);
        cancel(grantId, third).statusCode(409);
        as("assoc1").delete(trancheUrl(grantId, second)).then().statusCode(403);
        cancel(grantId, second).statusCode(200)
                .body("tranches.id", equalTo(List.of(first, third, fourth)))
                .body("tranches.sequence", equalTo(List.of(1, 2, 3)));
        cancel(grantId, second).statusCode(404);
        String fifth = tranche(grantId, 10000);
        as("pm1").get(trancheUrl(grantId, fifth)).then().body("sequence", equalTo(4));
        as("pm1").get("/api/grants/" + grantId + "/history").then()
                .body("items.find { it.event == 'grants.tranche.cancelled.v1' }.toStatus", equalTo("CANCELLED"))
                .body("items.find { it.event == 'grants.tranche.cancelled.v1' }.trancheId", equalTo(second));
        await().atMost(WAIT).untilAsserted(() -> {
            CloudEvent cancelled = events(e -> grantId.equals(e.subject())
                    && EventTypes.TRANCHE_CANCELLED.equals(e.type())).get(0);
            assertThat(cancelled.data().at("/trancheId").asText()).isEqualTo(second);
            assertThat(cancelled.data().at("/grant/tranches")).hasSize(3);
        });
    }

    @Test
    void shouldRefuseATrancheWithThreeDecimals() {
        as("pm1").body(Map.of("amount", 100.001, "dueDate", TODAY.toString(), "milestone", "x"))
                .post("/api/grants/" + grant() + "/tranches").then().statusCode(400)
                .body("violations[0].field", equalTo("amount"));
    }

    @Test
    void shouldForbidTheRequesterToApproveTheirOwnDisbursement() {
        String programme = draftProgramme("pmdonor", programme());
        as("pmdonor").post("/api/programmes/" + programme + "/publish").then().statusCode(200);
        String grantId = decide("pmdonor", underReview(programme), 40000).statusCode(200).extract().path("grantId");
        String trancheId = tranche(grantId, 10000);
        requestDisbursement("pmdonor", grantId, trancheId).statusCode(200);

        approve("pmdonor", grantId, trancheId).statusCode(403);
        approve("donor1", grantId, trancheId).statusCode(404);
        as("pm1").get(trancheUrl(grantId, trancheId)).then().body("status", equalTo("REQUESTED"));
    }

    @Test
    void shouldPayATrancheOnceAndReplayThePaymentForTheSameKey() {
        String grantId = grant();
        String trancheId = tranche(grantId, 10000);
        requestDisbursement("pm1", grantId, trancheId).statusCode(200);
        approve("donor1", grantId, trancheId).statusCode(200);

        String first = pay(grantId, trancheId, "pay-" + trancheId).statusCode(200)
                .body("status", equalTo("PAID")).extract().asString();
        String replayed = pay(grantId, trancheId, "pay-" + trancheId).statusCode(200)
                .header("Idempotency-Replayed", "true").extract().asString();
        pay(grantId, trancheId, null).statusCode(409);
        pay(grantId, trancheId, "another-key").statusCode(409);

        assertThat(replayed).isEqualTo(first);
        as("pm1").get("/api/grants/" + grantId).then().body("disbursed", equalTo(10000.00f));
        await().atMost(WAIT).untilAsserted(() -> assertThat(eventTypes(grantId).get(grantId)).containsExactly(
                EventTypes.TRANCHE_SCHEDULED, EventTypes.DISBURSEMENT_REQUESTED, EventTypes.DISBURSEMENT_APPROVED,
                EventTypes.DISBURSEMENT_PAID));
    }

    @Test
    void shouldRefuseAKeyReusedForACorrectedPaymentAndKeepTheFirst() {
        String grantId = grant();
        String trancheId = tranche(grantId, 10000);
        requestDisbursement("pm1", grantId, trancheId).statusCode(200);
        approve("donor1", grantId, trancheId).statusCode(200);
        String key = "pay-" + trancheId;
        pay(grantId, trancheId, key).statusCode(200).body("paymentReference", equalTo("TX-" + trancheId));

        as("pm1").header("Idempotency-Key", key)
                .body(Map.of("paidOn", TODAY.toString(), "reference", "TX-corrected"))
                .post(trancheUrl(grantId, trancheId) + "/payment").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://grants-platform.org/problems/idempotency-key-reused"))
                .body("detail", containsString("was already used for a different request"));

        as("pm1").get(trancheUrl(grantId, trancheId)).then().body("status", equalTo("PAID"))
                .body("paymentReference", equalTo("TX-" + trancheId));
        as("pm1").get("/api/grants/" + grantId).then().body("disbursed", equalTo(10000.00f));
    }

    @Test
    void shouldRequestLaterDisbursementsOnlyAfterTheMilestoneIsAccepted() {
        String grantId = grant();
        String first = tranche(grantId, 20000);
        String second = tranche(grantId, 20000);
        disburse(grantId, first);

        requestDisbursement("pm1", grantId, second).statusCode(422)
                .body("violations[0].rule", equalTo("milestone-accepted"));
        reportMilestone("assoc1", grantId, second).statusCode(200);
        reviewMilestone(grantId, second, false).statusCode(200).body("milestoneReport.status", equalTo("RETURNED"));
        requestDisbursement("pm1", grantId, second).statusCode(422);
        reportMilestone("assoc1", grantId, second).statusCode(200);
        reviewMilestone(grantId, second, true).statusCode(200);
        requestDisbursement("pm1", grantId, second).statusCode(200).body("status", equalTo("REQUESTED"));
    }

    @Test
    void shouldRefuseTrancheTransitionsFromWrongStates() {
        String grantId = grant();
        String trancheId = tranche(grantId, 40000);
        approve("donor1", grantId, trancheId).statusCode(409);
        pay(grantId, trancheId, null).statusCode(409);
        reviewMilestone(grantId, trancheId, true).statusCode(409);
        requestDisbursement("pm1", grantId, trancheId).statusCode(200);
        requestDisbursement("pm1", grantId, trancheId).statusCode(409);
        pay(grantId, trancheId, null).statusCode(409);
        approve("donor1", grantId, trancheId).statusCode(200);
        approve("donor1", grantId, trancheId).statusCode(409);
        requestDisbursement("pm1", grantId, trancheId).statusCode(409);
        pay(grantId, trancheId, null).statusCode(200);
        requestDisbursement("pm1", grantId, trancheId).statusCode(409);
        approve("donor1", grantId, trancheId).statusCode(409);
        reportMilestone("assoc1", grantId, trancheId).statusCode(200);
        reportMilestone("assoc1", grantId, trancheId).statusCode(409);
        reviewMilestone(grantId, trancheId, true).statusCode(200);
        // the final report accepted on a fully paid schedule completes the grant, which then takes no changes
        as("pm1").get("/api/grants/" + grantId).then().body("status", equalTo("COMPLETED"));
        reviewMilestone(grantId, trancheId, true).statusCode(409);
        reportMilestone("assoc1", grantId, trancheId).statusCode(409);
        as("pm1").body(Map.of("amount", 1, "dueDate", TODAY.toString(), "milestone", "x"))
                .post("/api/grants/" + grantId + "/tranches").then().statusCode(409);
    }

    @Test
    void shouldNotCompleteWhileTheTranchesDoNotCoverTheAward() {
        String grantId = grant();
        String trancheId = tranche(grantId, 10000);
        disburse(grantId, trancheId);
        reportMilestone("assoc1", grantId, trancheId).statusCode(200);
        reviewMilestone(grantId, trancheId, true).statusCode(200);

        as("assoc1").get("/api/grants/" + grantId).then().body("status", equalTo("ACTIVE"))
                .body("disbursed", equalTo(10000.00f));
    }

    @Test
    void shouldTellTheGranteeWhichTranchesAwaitAMilestoneReportAndListTheirGrantsByIt() {
        String grantId = grant();
        String first = tranche(grantId, 20000);
        String second = tranche(grantId, 20000);

        assertReportDue(grantId, first, false);
        assertReportDue(grantId, second, true);
        reportMilestone("assoc1", grantId, second).statusCode(200);
        assertReportDue(grantId, second, false);
        reviewMilestone(grantId, second, false).statusCode(200);
        assertReportDue(grantId, second, true);
        reportMilestone("assoc1", grantId, second).statusCode(200);
        reviewMilestone(grantId, second, true).statusCode(200);
        assertReportDue(grantId, second, false);
        assertReportDue(grantId, first, false);
    }

    @Test
    void shouldAwaitTheFinalReportOfASingleTrancheOnceItIsPaid() {
        String grantId = grant();
        String only = tranche(grantId, 40000);

        assertReportDue(grantId, only, false);
        disburse(grantId, only);
        assertReportDue(grantId, only, true);
        reportMilestone("assoc1", grantId, only).statusCode(200);
        assertReportDue(grantId, only, false);
        reviewMilestone(grantId, only, true).statusCode(200);
        as("assoc1").get("/api/grants/" + grantId).then().body("status", equalTo("COMPLETED"));
        assertReportDue(grantId, only, false);
    }

    @Test
    void shouldListTheGrantsWhoseTranchesOrReportsAreInAStatus() {
        String grantId = grant();
        String programme = as("pm1").get("/api/grants/" + grantId).then().extract().path("programmeId");
        String trancheId = tranche(grantId, 10000);
        tranche(grantId, 10000);

        assertListed("pm1", programme, "trancheStatus", "PLANNED", grantId, true);
        assertListed("pm1", programme, "trancheStatus", "REQUESTED", grantId, false);
        requestDisbursement("pm1", grantId, trancheId).statusCode(200);
        assertListed("donor1", programme, "trancheStatus", "REQUESTED", grantId, true);
        assertListed("donor2", programme, "trancheStatus", "REQUESTED", grantId, false);
        approve("donor1", grantId, trancheId).statusCode(200);
        assertListed("donor1", programme, "trancheStatus", "REQUESTED", grantId, false);
        assertListed("pm1", programme, "trancheStatus", "APPROVED", grantId, true);
        assertListed("pm1", programme, "milestoneReportStatus", "SUBMITTED", grantId, false);
        reportMilestone("assoc1", grantId, trancheId).statusCode(200);
        assertListed("pm1", programme, "milestoneReportStatus", "SUBMITTED", grantId, true);
        as("pm1").queryParam("trancheStatus", "NOPE").get("/api/grants").then().statusCode(400)
                .body("violations[0].field", equalTo("trancheStatus"));
    }

    @Test
    void shouldLetOnlyTheGranteesOwnersReportOnMilestones() {
        String grantId = grant();
        String trancheId = tranche(grantId, 10000);
        reportMilestone("assoc2", grantId, trancheId).statusCode(404);
        reportMilestone("pm1", grantId, trancheId).statusCode(403);
    }

    /** The tranche's milestoneReportDue, and its grant listed by milestoneReportDue=true (or false) alike. */
    private static void assertReportDue(String grantId, String trancheId, boolean due) {
        as("assoc1").get(trancheUrl(grantId, trancheId)).then().statusCode(200)
                .body("milestoneReportDue", equalTo(due));
        JsonPath grant = as("assoc1").get("/api/grants/" + grantId).then().extract().jsonPath();
        boolean anyDue = grant.getList("tranches.milestoneReportDue", Boolean.class).contains(true);
        assertListed("assoc1", grant.getString("programmeId"), "milestoneReportDue", "true", grantId, anyDue);
        assertListed("assoc1", grant.getString("programmeId"), "milestoneReportDue", "false", grantId, !anyDue);
    }

    private static void assertListed(String user, String programmeId, String filter, String value, String grantId,
            boolean listed) {
        List<String> ids = as(user).queryParam("programmeId", programmeId).queryParam(filter, value)
                .get("/api/grants").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(ids).as("%s=%s for %s", filter, value, user).isEqualTo(listed ? List.of(grantId) : List.of());
    }
}
