package org.grantsplatform.grants;

import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.grantsplatform.runtime.testing.OpenApiExamples;
import org.junit.jupiter.api.Test;

/**
 * Every request body of the OpenAPI document has an example that, sent by a caller allowed to, is accepted:
 * the examples carry an application through the whole funding cycle. Only what an example cannot know is
 * replaced: the ids of the programme, association and reviewer, the dates of a programme open today, and the
 * payment's date (a payment is dated between the award, today here, and today).
 * The review example scores the programme example's rubric and declares no conflict of interest.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final String TRANCHE = "/api/grants/{id}/tranches/{trancheId}";

    @Test
    void shouldCarryAnApplicationThroughTheFundingCycleWithTheExamples() {
        OpenApiExamples examples = OpenApiExamples.ofServiceUnderTest();

        String draft = examples.sendAsShown(as("donor1"), "POST /api/programmes").statusCode(201).extract().path("id");
        examples.sendAsShown(as("donor1"), "PUT /api/programmes/{id}", draft).statusCode(200);
        Map<String, Object> openToday = examples.example("POST /api/programmes");
        openToday.put("opensOn", TODAY.toString());
        openToday.put("closesOn", TODAY.plusDays(30).toString());
        String programme = examples.send(as("donor1"), "POST /api/programmes", openToday).statusCode(201)
                .extract().path("id");
        as("donor1").post("/api/programmes/" + programme + "/publish").then().statusCode(200);

        Map<String, Object> application = examples.example("POST /api/applications");
        application.put("programmeId", programme);
        application.put("associationId", association());
        String id = examples.send(as("assoc1"), "POST /api/applications", application).statusCode(201)
                .extract().path("id");
        examples.send(as("assoc1"), "PUT /api/applications/{id}", application, id).statusCode(200);
        submit(id).statusCode(200);
        examples.sendAsShown(as("pm1"), "POST /api/applications/{id}/screening", id).statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        Map<String, Object> reviewers = examples.example("POST /api/applications/{id}/reviewers");
        reviewers.put("subjects", List.of(subject("reviewer1")));
        examples.send(as("pm1"), "POST /api/applications/{id}/reviewers", reviewers, id).statusCode(200);
        // 100 × (0.6 × 8/10 + 0.4 × 4/5) = 80.00
        examples.sendAsShown(as("reviewer1"), "PUT /api/applications/{id}/reviews/mine", id).statusCode(200)
                .body("status", equalTo("COMPLETED")).body("conflictOfInterest", equalTo(false))
                .body("weightedScore", equalTo(80.00f));
        String grantId = examples.sendAsShown(as("donor1"), "POST /api/applications/{id}/decision", id)
                .statusCode(200).body("status", equalTo("AWARDED")).extract().path("grantId");

        String trancheId = examples.sendAsShown(as("pm1"), "POST /api/grants/{id}/tranches", grantId).statusCode(201)
                .extract().path("id");
        examples.sendAsShown(as("pm1"), "PUT " + TRANCHE, grantId, trancheId).statusCode(200)
                .body("amount", equalTo(8000.00f));
        examples.sendAsShown(as("assoc1"), "POST " + TRANCHE + "/milestone-report", grantId, trancheId)
                .statusCode(200);
        examples.sendAsShown(as("pm1"), "POST " + TRANCHE + "/milestone-report/review", grantId, trancheId)
                .statusCode(200).body("milestoneReport.status", equalTo("ACCEPTED"));
        requestDisbursement("pm1", grantId, trancheId).statusCode(200);
        approve("donor1", grantId, trancheId).statusCode(200);
        Map<String, Object> payment = examples.example("POST " + TRANCHE + "/payment");
        payment.put("paidOn", TODAY.toString());
        examples.send(as("pm1"), "POST " + TRANCHE + "/payment", payment, grantId, trancheId).statusCode(200)
                .body("status", equalTo("PAID"));
        examples.sendAsShown(as("assoc1"), "POST /api/applications/{id}/withdraw", draft(programme)).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));

        examples.assertEverySent();
    }
}
