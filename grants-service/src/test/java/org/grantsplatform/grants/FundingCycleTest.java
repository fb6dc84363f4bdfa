package org.grantsplatform.grants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's funding cycle from programme to completed grant, with every event and history entry it leaves. */
@QuarkusTest
class FundingCycleTest {

    @Test
    void shouldRunTheWholeCycleEmittingOneEventPerTransitionAndRecordingEachInHistory() {
        String programmeId = openProgramme();
        String applicationId = draft(programmeId);
        submit(applicationId).statusCode(200).body("status", equalTo("SUBMITTED"));
        screen(applicationId, true).statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        assign(applicationId, "reviewer1", "reviewer2").statusCode(200).body("reviews", hasSize(2));
        // 100 × (0.6 × 8/10 + 0.4 × 4/5) = 80.00 and 100 × (0.6 × 10/10 + 0.4 × 5/5) = 100.00
        review("reviewer1", applicationId, 8, 4).statusCode(200).body("weightedScore", equalTo(80.00f));
        review("reviewer2", applicationId, 10, 5).statusCode(200).body("weightedScore", equalTo(100.00f));
        as("donor1").get("/api/applications/" + applicationId).then().body("score", equalTo(90.00f));

        String grantId = decide("donor1", applicationId, 35000.00).statusCode(200)
                .body("status", equalTo("AWARDED")).body("awardedAmount", equalTo(35000.00f))
                .extract().path("grantId");
        as("donor1").get("/api/programmes/" + programmeId).then()
                .body("committed", equalTo(35000.00f)).body("remaining", equalTo(65000.00f));

        String first = tranche(grantId, 20000);
        String last = tranche(grantId, 15000);
        disburse(grantId, first);
        reportMilestone("assoc1", grantId, last).statusCode(200).body("milestoneReport.status", equalTo("SUBMITTED"));
        reviewMilestone(grantId, last, true).statusCode(200);
        as("assoc1").get("/api/grants/" + grantId).then().body("status", equalTo("ACTIVE"));
        disburse(grantId, last);

        as("assoc1").get("/api/grants/" + grantId).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("awarded", equalTo(35000.00f))
                .body("disbursed", equalTo(35000.00f))
                .body("tranches.status", equalTo(List.of("PAID", "PAID")));

        List<String> applicationEvents = List.of(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SCREENED,
                EventTypes.REVIEW_COMPLETED, EventTypes.REVIEW_COMPLETED, EventTypes.APPLICATION_DECIDED);
        List<String> grantEvents = List.of(EventTypes.TRANCHE_SCHEDULED, EventTypes.TRANCHE_SCHEDULED,
                EventTypes.DISBURSEMENT_REQUESTED, EventTypes.DISBURSEMENT_APPROVED, EventTypes.DISBURSEMENT_PAID,
                EventTypes.MILESTONE_REPORTED, EventTypes.MILESTONE_REVIEWED, EventTypes.DISBURSEMENT_REQUESTED,
                EventTypes.DISBURSEMENT_APPROVED, EventTypes.DISBURSEMENT_PAID, EventTypes.GRANT_COMPLETED);
        await().atMost(WAIT).untilAsserted(() -> assertThat(eventTypes(programmeId, applicationId, grantId))
                .containsExactly(entry(programmeId, List.of(EventTypes.PROGRAMME_PUBLISHED)),
                        entry(applicationId, applicationEvents), entry(grantId, grantEvents)));
        assertThat(historyEvents("/api/applications/" + applicationId))
                .containsExactlyElementsOf(concat(null, applicationEvents));
        assertThat(historyEvents("/api/grants/" + grantId))
                .containsExactlyElementsOf(concat(EventTypes.APPLICATION_DECIDED, grantEvents));
        as("assoc1").get("/api/applications/" + applicationId + "/history").then().statusCode(200)
                .body("items[0].toStatus", equalTo("DRAFT"))
                .body("items[0].fromStatus", nullValue())
                .body("items[0].actorSubject", equalTo(subject("assoc1")))
                .body("items[1].fromStatus", equalTo("DRAFT"))
                .body("items[1].toStatus", equalTo("SUBMITTED"))
                .body("items[5].toStatus", equalTo("AWARDED"))
                .body("items[5].actorName", equalTo("donor1"))
                .body("items[5].note", equalTo("strong plan"));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("grants_applications_submitted_total"))
                .body(containsString("grants_money_awarded_total{currency=\"USD\"}"))
                .body(containsString("grants_money_disbursed_total{currency=\"USD\"}"));
    }

    @Test
    void shouldEmitOneEventForEveryOtherOutcome() {
        String programmeId = openProgramme();
        String withdrawn = submitted(programmeId);
        as("assoc1").body(Map.of("note", "merged with another application"))
                .post("/api/applications/" + withdrawn + "/withdraw").then().statusCode(200);
        String ineligible = submitted(programmeId);
        screen(ineligible, false).statusCode(200).body("status", equalTo("INELIGIBLE"));
        String rejected = underReview(programmeId);
        as("donor1").body(Map.of("outcome", "REJECT", "reason", "outside our strategy"))
                .post("/api/applications/" + rejected + "/decision").then().statusCode(200);
        as("donor1").post("/api/programmes/" + programmeId + "/close").then().statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(eventTypes(programmeId, withdrawn, ineligible, rejected))
                .containsExactly(
                        entry(programmeId, List.of(EventTypes.PROGRAMME_PUBLISHED, EventTypes.PROGRAMME_CLOSED)),
                        entry(withdrawn, List.of(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_WITHDRAWN)),
                        entry(ineligible, List.of(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SCREENED)),
                        entry(rejected, List.of(EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SCREENED,
                                EventTypes.APPLICATION_DECIDED))));
        assertThat(historyEvents("/api/applications/" + withdrawn))
                .containsExactly(null, EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_WITHDRAWN);
        assertThat(historyEvents("/api/applications/" + ineligible))
                .containsExactly(null, EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SCREENED);
        assertThat(historyEvents("/api/applications/" + rejected)).containsExactly(null,
                EventTypes.APPLICATION_SUBMITTED, EventTypes.APPLICATION_SCREENED, EventTypes.APPLICATION_DECIDED);
        as("assoc1").get("/api/applications/" + ineligible + "/history").then()
                .body("items[2].toStatus", equalTo("INELIGIBLE")).body("items[2].note", equalTo("out of scope"));
    }

    @Test
    void shouldCarryTheFullStateInEveryEvent() {
        String grantId = grant();
        String trancheId = tranche(grantId, 10000);
        requestDisbursement("pm1", grantId, trancheId).statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(events(e -> grantId.equals(e.subject())))
                .hasSize(2).last().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventTypes.DISBURSEMENT_REQUESTED);
                    assertThat(e.source()).isEqualTo("/grants-service");
                    assertThat(e.data().at("/trancheId").asText()).isEqualTo(trancheId);
                    assertThat(e.data().at("/grant/awarded").decimalValue()).isEqualByComparingTo("40000");
                    assertThat(e.data().at("/grant/currency").asText()).isEqualTo("USD");
                    assertThat(e.data().at("/grant/tranches/0/status").asText()).isEqualTo("REQUESTED");
                    assertThat(e.data().at("/grant/tranches/0/requestedBy").asText()).isEqualTo(subject("pm1"));
                }));
        CloudEvent decided = events(e -> EventTypes.APPLICATION_DECIDED.equals(e.type())
                && grantId.equals(e.data().at("/grant/id").asText())).get(0);
        assertThat(decided.data().at("/application/status").asText()).isEqualTo("AWARDED");
        assertThat(decided.data().at("/programme/committed").decimalValue()).isEqualByComparingTo("40000");
        assertThat(decided.data().at("/programme/remaining").decimalValue()).isEqualByComparingTo("60000");
    }

    private static List<String> concat(String first, List<String> rest) {
        String[] all = new String[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return Arrays.asList(all);
    }
}
