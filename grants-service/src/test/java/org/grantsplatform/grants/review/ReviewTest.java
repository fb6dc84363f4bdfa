package org.grantsplatform.grants.review;

import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewTest {

    @Test
    void shouldRefuseAReviewThatDoesNotScoreEveryCriterionWithinItsRange() {
        String id = underReview(openProgramme());
        assign(id, "reviewer1").statusCode(200);

        putReview(id, List.of(Map.of("criterion", "relevance", "score", 11), Map.of("criterion", "feasibility",
                "score", 5))).statusCode(400).body("violations[0].field", equalTo("scores[0].score"));
        putReview(id, List.of(Map.of("criterion", "relevance", "score", 7))).statusCode(400)
                .body("violations[0].message", equalTo("lacks a score for criterion feasibility"));
        putReview(id, List.of(Map.of("criterion", "relevance", "score", 7), Map.of("criterion", "feasibility",
                "score", 5), Map.of("criterion", "charisma", "score", 1))).statusCode(400)
                .body("violations[0].field", equalTo("scores[2].criterion"));
        putReview(id, List.of(Map.of("criterion", "relevance", "score", -1), Map.of("criterion", "feasibility",
                "score", 5))).statusCode(400);
    }

    @Test
    void shouldRecuseOnAConflictOfInterestAndScoreOnTheOtherReviews() {
        String id = underReview(openProgramme());
        assign(id, "reviewer1", "reviewer2").statusCode(200);

        as("reviewer1").body(Map.of("conflictOfInterest", true, "comment", "I advise this network"))
                .put("/api/applications/" + id + "/reviews/mine").then().statusCode(200)
                .body("status", equalTo("RECUSED")).body("weightedScore", nullValue());
        // 100 × (0.6 × 5/10 + 0.4 × 3/5) = 54.00
        review("reviewer2", id, 5, 3).statusCode(200).body("weightedScore", equalTo(54.00f));

        as("pm1").get("/api/applications/" + id).then().body("score", equalTo(54.00f));
        review("reviewer1", id, 10, 5).statusCode(409);
    }

    @Test
    void shouldListEachApplicationWithTheReviewsScoreAndGrantItsCallerMaySee() {
        String programme = openProgramme();
        String reviewed = underReview(programme);
        assign(reviewed, "reviewer1", "reviewer2").statusCode(200);
        review("reviewer1", reviewed, 8, 4).statusCode(200);
        review("reviewer2", reviewed, 6, 2).statusCode(200);
        String awarded = underReview(programme);
        String grantId = decide("donor1", awarded, 40000).statusCode(200).extract().path("grantId");
        String inReviewed = "items.find { it.id == '" + reviewed + "' }";

        as("pm1").queryParam("programmeId", programme).get("/api/applications").then().statusCode(200)
                .body("total", equalTo(2))
                .body(inReviewed + ".reviews.reviewerSubject",
                        containsInAnyOrder(subject("reviewer1"), subject("reviewer2")))
                .body(inReviewed + ".score", equalTo(66.00f))
                .body(inReviewed + ".grantId", nullValue())
                .body("items.find { it.id == '" + awarded + "' }.grantId", equalTo(grantId));
        as("reviewer1").queryParam("programmeId", programme).get("/api/applications").then().statusCode(200)
                .body("items.id", equalTo(List.of(reviewed)))
                .body("items[0].reviews.reviewerSubject", equalTo(List.of(subject("reviewer1"))))
                .body("items[0].score", nullValue());
    }

    @Test
    void shouldShowAReviewerOnlyTheirOwnReviewUntilTheDecision() {
        String id = underReview(openProgramme());
        assign(id, "reviewer1", "reviewer2").statusCode(200);
        review("reviewer1", id, 8, 4).statusCode(200);
        review("reviewer2", id, 6, 2).statusCode(200);

        as("reviewer1").get("/api/applications/" + id).then().statusCode(200)
                .body("reviews", hasSize(1)).body("reviews[0].reviewerSubject", equalTo(subject("reviewer1")))
                .body("score", nullValue());
        as("assoc1").get("/api/applications/" + id).then().statusCode(200).body("reviews", hasSize(0));
        as("reviewer1").get("/api/applications/" + id + "/history").then()
                .body("items.findAll { it.event == 'grants.review.completed.v1' }.actorSubject",
                        equalTo(List.of(subject("reviewer1"))));
        as("assoc1").get("/api/applications/" + id + "/history").then()
                .body("items.findAll { it.event == 'grants.review.completed.v1' }", hasSize(0));
        as("donor1").get("/api/applications/" + id).then().body("reviews", hasSize(2));
        decide("donor1", id, 20000).statusCode(200);
        as("reviewer1").get("/api/applications/" + id).then().body("reviews", hasSize(2));
    }

    @Test
    void shouldShowARecusedReviewerOnlyTheirOwnRecusalEvenAfterTheDecision() {
        String programme = openProgramme();
        String id = underReview(programme);
        assign(id, "reviewer1", "reviewer2").statusCode(200);
        as("reviewer1").body(Map.of("conflictOfInterest", true, "comment", "I advise this network"))
                .put("/api/applications/" + id + "/reviews/mine").then().statusCode(200);
        review("reviewer2", id, 8, 4).statusCode(200);
        decide("donor1", id, 20000).statusCode(200);
        String reviewEntries = "items.findAll { it.event == 'grants.review.completed.v1' }";

        as("reviewer1").get("/api/applications/" + id).then().statusCode(200)
                .body("reviews.reviewerSubject", equalTo(List.of(subject("reviewer1"))))
                .body("reviews[0].status", equalTo("RECUSED"))
                .body("score", nullValue())
                .body("myReview.status", equalTo("RECUSED"));
        as("reviewer1").queryParam("programmeId", programme).get("/api/applications").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)))
                .body("items[0].reviews.reviewerSubject", equalTo(List.of(subject("reviewer1"))))
                .body("items[0].score", nullValue());
        as("reviewer1").get("/api/applications/" + id + "/history").then().statusCode(200)
                .body(reviewEntries + ".actorSubject", equalTo(List.of(subject("reviewer1"))));
        as("reviewer2").get("/api/applications/" + id).then().statusCode(200)
                .body("reviews", hasSize(2)).body("score", equalTo(80.00f));
    }

    @Test
    void shouldShowTheApplicantTheReviewsOfTheirDecidedApplicationWithoutWhoWroteThem() {
        String programme = openProgramme();
        String id = underReview(programme);
        assign(id, "reviewer1", "reviewer2").statusCode(200);
        review("reviewer1", id, 8, 4).statusCode(200);
        review("reviewer2", id, 6, 2).statusCode(200);
        decide("donor1", id, 20000).statusCode(200);
        String reviewEntries = "items.findAll { it.event == 'grants.review.completed.v1' }";

        as("assoc1").get("/api/applications/" + id).then().statusCode(200)
                .body("reviews", hasSize(2))
                .body("reviews.reviewerSubject", equalTo(Arrays.asList(null, null)))
                .body("reviews.weightedScore", containsInAnyOrder(80.00f, 52.00f))
                .body("reviews.comment", equalTo(List.of("solid plan", "solid plan")))
                .body("score", equalTo(66.00f));
        as("assoc1").get("/api/applications/" + id + "/history").then().statusCode(200)
                .body(reviewEntries, hasSize(2))
                .body(reviewEntries + ".actorSubject", equalTo(Arrays.asList(null, null)))
                .body(reviewEntries + ".actorName", equalTo(Arrays.asList(null, null)));
        as("assoc1").queryParam("programmeId", programme).get("/api/applications").then().statusCode(200)
                .body("items[0].reviews.reviewerSubject",
                        equalTo(Arrays.asList(null, null)));
        for (String knows : List.of("donor1", "pm1", "reviewer1")) {
            as(knows).get("/api/applications/" + id).then().statusCode(200)
                    .body("reviews.reviewerSubject", containsInAnyOrder(subject("reviewer1"), subject("reviewer2")));
            as(knows).get("/api/applications/" + id + "/history").then().statusCode(200)
                    .body(reviewEntries + ".actorSubject",
                            containsInAnyOrder(subject("reviewer1"), subject("reviewer2")));
        }
    }

    @Test
    void shouldLetAReviewerReplaceTheirReviewUntilTheDecision() {
        String id = underReview(openProgramme());
        assign(id, "reviewer1").statusCode(200);
        review("reviewer1", id, 2, 1).statusCode(200);
        review("reviewer1", id, 10, 5).statusCode(200).body("weightedScore", equalTo(100.00f));
        as("donor1").get("/api/applications/" + id).then().body("score", equalTo(100.00f)).body("reviews", hasSize(1));
    }

    @Test
    void shouldTellEachReviewerTheStateOfTheirOwnReviewAndListTheirOpenQueue() {
        String programme = openProgramme();
        String toGive = underReview(programme);
        assign(toGive, "reviewer1", "reviewer2").statusCode(200);
        review("reviewer2", toGive, 8, 4).statusCode(200);
        String given = underReview(programme);
        assign(given, "reviewer1").statusCode(200);
        review("reviewer1", given, 8, 4).statusCode(200);
        String recused = underReview(programme);
        assign(recused, "reviewer1").statusCode(200);
        as("reviewer1").body(Map.of("conflictOfInterest", true)).put("/api/applications/" + recused + "/reviews/mine")
                .then().statusCode(200);
        String unscreened = submitted(programme);
        assign(unscreened, "reviewer1").statusCode(200);

        as("reviewer1").queryParam("programmeId", programme).get("/api/applications").then().statusCode(200)
                .body("total", equalTo(4))
                .body(myReview(toGive) + ".status", equalTo("ASSIGNED"))
                .body(myReview(toGive) + ".canReview", equalTo(true))
                .body(myReview(given) + ".status", equalTo("COMPLETED"))
                .body(myReview(given) + ".canReview", equalTo(true))
                .body(myReview(given) + ".completedAt", notNullValue())
                .body(myReview(recused) + ".status", equalTo("RECUSED"))
                .body(myReview(recused) + ".canReview", equalTo(false))
                .body(myReview(unscreened) + ".status", equalTo("ASSIGNED"))
                .body(myReview(unscreened) + ".canReview", equalTo(false));
        as("reviewer1").queryParam("programmeId", programme).queryParam("reviewStatus", "ASSIGNED")
                .queryParam("status", "UNDER_REVIEW").queryParam("size", 1).get("/api/applications").then()
                .statusCode(200).body("total", equalTo(1)).body("items.id", equalTo(List.of(toGive)));
        as("reviewer1").queryParam("programmeId", programme).queryParam("reviewStatus", "ASSIGNED")
                .get("/api/applications").then().body("items.id", containsInAnyOrder(toGive, unscreened));
        as("reviewer1").queryParam("programmeId", programme).queryParam("reviewStatus", "COMPLETED")
                .get("/api/applications").then().body("items.id", equalTo(List.of(given)));
        as("reviewer1").queryParam("programmeId", programme).queryParam("reviewStatus", "RECUSED")
                .get("/api/applications").then().body("items.id", equalTo(List.of(recused)));
        as("reviewer2").queryParam("programmeId", programme).queryParam("reviewStatus", "COMPLETED")
                .get("/api/applications").then().body("items.id", equalTo(List.of(toGive)))
                .body("items[0].myReview.status", equalTo("COMPLETED"));
    }

    @Test
    void shouldShowMyReviewOnlyToTheReviewerItBelongsTo() {
        String id = underReview(openProgramme());
        assign(id, "reviewer1").statusCode(200);

        as("reviewer1").get("/api/applications/" + id).then().statusCode(200)
                .body("myReview.status", equalTo("ASSIGNED"))
                .body("myReview.reviewId", equalTo(as("pm1").get("/api/applications/" + id).then()
                        .extract().path("reviews[0].id")));
        for (String user : List.of("pm1", "donor1", "assoc1")) {
            as(user).get("/api/applications/" + id).then().statusCode(200).body("myReview", nullValue());
        }
        as("pm1").queryParam("reviewStatus", "ASSIGNED").get("/api/applications").then().statusCode(200)
                .body("total", equalTo(0));
        as("reviewer1").queryParam("reviewStatus", "NOPE").get("/api/applications").then().statusCode(400)
                .body("violations[0].field", equalTo("reviewStatus"));
    }

    private static String myReview(String applicationId) {
        return "items.find { it.id == '" + applicationId + "' }.myReview";
    }

    private static io.restassured.response.ValidatableResponse putReview(String id, List<Map<String, Object>> scores) {
        return as("reviewer1").body(Map.of("conflictOfInterest", false, "scores", scores))
                .put("/api/applications/" + id + "/reviews/mine").then();
    }
}
