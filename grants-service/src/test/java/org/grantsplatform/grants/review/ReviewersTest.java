package org.grantsplatform.grants.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.runtime.testing.KeycloakTestServer;
import org.junit.jupiter.api.Test;

/**
 * The reviewers come from the user directory, which the test OIDC server answers as Keycloak would
 * ({@link KeycloakTestServer}): reviewer1 Rita Lindqvist, reviewer2 Ravi Sharma, reviewer3 Rosa Ferreira (also an
 * applicant), and retired1, a disabled reviewer.
 */
@QuarkusTest
class ReviewersTest {

    @OidcWireMock
    WireMockServer keycloak;

    @Test
    void shouldListTheEnabledReviewersOfTheDirectoryByNameWithTheirWorkload() {
        as("pm1").get("/api/reviewers").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", equalTo(List.of("Ravi Sharma", "Rita Lindqvist", "Rosa Ferreira")))
                .body("items.subject", equalTo(List.of(subject("reviewer2"), subject("reviewer1"),
                        subject("reviewer3"))))
                .body("items[1].username", equalTo("reviewer1"))
                .body("items[1].email", equalTo("reviewer1@grants.example.org"));
        as("admin1").queryParam("size", 1).queryParam("page", 1).get("/api/reviewers").then().statusCode(200)
                .body("total", equalTo(3)).body("items.username", equalTo(List.of("reviewer1")));
        as("pm1").queryParam("search", "Rita").get("/api/reviewers").then().statusCode(200)
                .body("total", equalTo(1)).body("items.username", equalTo(List.of("reviewer1")));
        as("pm1").queryParam("search", "castillo").get("/api/reviewers").then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());
        as("pm1").queryParam("search", "a*b\u0000").get("/api/reviewers").then().statusCode(400)
                .body("violations[0].field", equalTo("search"));
        as("reviewer1").get("/api/reviewers").then().statusCode(403);
    }

    @Test
    void shouldCountOpenAssignmentsAndCompletedReviews() {
        Map<String, Integer> before = workload("reviewer2");
        String waiting = underReview(openProgramme());
        assign(waiting, "reviewer2").statusCode(200);
        String reviewed = underReview(openProgramme());
        assign(reviewed, "reviewer2").statusCode(200);
        review("reviewer2", reviewed, 8, 4).statusCode(200);
        String withdrawn = underReview(openProgramme());
        assign(withdrawn, "reviewer2").statusCode(200);
        as("assoc1").post("/api/applications/" + withdrawn + "/withdraw").then().statusCode(200);

        Map<String, Integer> after = workload("reviewer2");
        assertThat(after.get("openAssignments")).isEqualTo(before.get("openAssignments") + 1);
        assertThat(after.get("completedReviews")).isEqualTo(before.get("completedReviews") + 1);
    }

    @Test
    void shouldRefuseToAssignAUserNameOrAUserWhoIsNoEnabledReviewer() {
        String id = underReview(openProgramme());

        as("pm1").body(Map.of("subjects", List.of("reviewer1"))).post("/api/applications/" + id + "/reviewers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("subjects[0]"))
                .body("violations[0].rule", equalTo("reviewer-known"))
                .body("violations[0].actual", equalTo("reviewer1"));
        assign(id, "reviewer1", "assoc1", "retired1").statusCode(422)
                .body("violations.field", equalTo(List.of("subjects[1]", "subjects[2]")))
                .body("violations.rule", equalTo(List.of("reviewer-role", "reviewer-role")))
                .body("violations.actual", equalTo(List.of("without the role reviewer", "disabled")));
        as("pm1").get("/api/applications/" + id).then().body("reviews", empty());
        assign(id, "reviewer1").statusCode(200).body("reviews.reviewerSubject", equalTo(List.of(subject("reviewer1"))));
    }

    @Test
    void shouldRefuseAReviewerWhoOwnsTheApplyingAssociation() {
        String association = association(true, "AFRICA", 10, "0.8", "reviewer3");
        String id = draft("reviewer3", application(openProgramme(), association));
        as("reviewer3").post("/api/applications/" + id + "/submit").then().statusCode(200);
        screen(id, true).statusCode(200);

        assign(id, "reviewer1", "reviewer3").statusCode(422)
                .body("violations.field", equalTo(List.of("subjects[1]")))
                .body("violations[0].rule", equalTo("reviewer-not-owner"))
                .body("violations[0].actual", equalTo(subject("reviewer3")));
        as("pm1").get("/api/applications/" + id).then().body("reviews", empty());
        assign(id, "reviewer3").statusCode(422);
        assign(id, "reviewer1").statusCode(200);
    }

    @Test
    void shouldUnassignAReviewerWhoHasNeitherReviewedNorRecused() {
        String id = underReview(openProgramme());
        assign(id, "reviewer1", "reviewer2", "reviewer3").statusCode(200);
        review("reviewer2", id, 8, 4).statusCode(200);
        as("reviewer3").body(Map.of("conflictOfInterest", true)).put("/api/applications/" + id + "/reviews/mine")
                .then().statusCode(200);

        unassign(id, "reviewer1").statusCode(200).body("reviews.reviewerSubject",
                equalTo(List.of(subject("reviewer2"), subject("reviewer3"))));
        unassign(id, "reviewer1").statusCode(404);
        unassign(id, "reviewer2").statusCode(409);
        unassign(id, "reviewer3").statusCode(409);
        as("reviewer1").get("/api/applications/" + id).then().statusCode(404);
        as("assoc1").delete("/api/applications/" + id + "/reviewers/" + subject("reviewer2")).then().statusCode(403);
        await().atMost(WAIT).untilAsserted(() -> {
            List<CloudEvent> unassigned = events(e -> id.equals(e.subject())
                    && EventTypes.REVIEWER_UNASSIGNED.equals(e.type()));
            assertThat(unassigned).hasSize(1);
            assertThat(unassigned.get(0).data().at("/reviewerSubject").asText()).isEqualTo(subject("reviewer1"));
            assertThat(unassigned.get(0).data().at("/unassignedBy").asText()).isEqualTo(subject("pm1"));
            assertThat(unassigned.get(0).data().at("/application/id").asText()).isEqualTo(id);
        });
        decide("donor1", id, 20000).statusCode(200);
        assign(id, "reviewer1").statusCode(409);
    }

    @Test
    void shouldAnswer503AndAssignNobodyWhileTheDirectoryDoesNotAnswer() {
        String id = underReview(openProgramme());
        StubMapping outage = KeycloakTestServer.outage(keycloak);
        try {
            // neither the search nor the subject was asked for before, so no cached answer stands in
            as("pm1").queryParam("search", "outage").get("/api/reviewers").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "5")
                    .body("status", equalTo(503));
            as("pm1").body(Map.of("subjects", List.of("sub-asked-during-the-outage")))
                    .post("/api/applications/" + id + "/reviewers").then().statusCode(503)
                    .contentType("application/problem+json");
            as("pm1").get("/api/applications/" + id).then().statusCode(200).body("reviews", hasSize(0));
        } finally {
            keycloak.removeStub(outage);
        }
        as("pm1").queryParam("search", "outage").get("/api/reviewers").then().statusCode(200)
                .body("total", equalTo(0));
    }

    private static Map<String, Integer> workload(String reviewer) {
        JsonPath reviewers = as("pm1").queryParam("search", reviewer).get("/api/reviewers").then().statusCode(200)
                .extract().jsonPath();
        return Map.of("openAssignments", reviewers.getInt("items[0].openAssignments"),
                "completedReviews", reviewers.getInt("items[0].completedReviews"));
    }
}
