package org.grantsplatform.grants.programme;

import static io.restassured.RestAssured.given;
import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

    @Test
    void shouldCreateADraftShownOnlyToItsDonorProgramManagersAndAdmins() {
        String id = as("donor1").body(programme()).post("/api/programmes").then().statusCode(201)
                .header("Location", containsString("/api/programmes/"))
                .body("status", equalTo("DRAFT"))
                .body("ownerSubject", equalTo(subject("donor1")))
                .body("committed", equalTo(0.00f))
                .body("remaining", equalTo(100000.00f))
                .extract().path("id");

        as("donor1").get("/api/programmes/" + id).then().statusCode(200);
        as("pm1").get("/api/programmes/" + id).then().statusCode(200);
        as("admin1").get("/api/programmes/" + id).then().statusCode(200);
        as("donor2").get("/api/programmes/" + id).then().statusCode(404);
        as("assoc1").get("/api/programmes/" + id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        as("assoc1").queryParam("size", 100).get("/api/programmes").then().statusCode(200)
                .body("items.id", not(hasItem(id)))
                .body("items.status", everyItem(oneOf("OPEN", "CLOSED")));
    }

    @Test
    void shouldRefuseAmountsWithMoreThanTwoDecimals() {
        as("donor1").body(programme("budget", 100000.123)).post("/api/programmes").then().statusCode(400)
                .body("violations[0].field", equalTo("budget"));
    }

    @Test
    void shouldRefuseARubricWhoseWeightsDoNotAddUpToExactlyOne() {
        as("donor1").body(programme("rubric", List.of(
                        Map.of("criterion", "relevance", "weight", 0.6, "maxScore", 10),
                        Map.of("criterion", "feasibility", "weight", 0.3, "maxScore", 5))))
                .post("/api/programmes").then().statusCode(400)
                .body("violations[0].field", equalTo("rubric"))
                .body("violations[0].message", containsString("add up to exactly 1"));
    }

    @Test
    void shouldNameEveryInconsistentField() {
        Map<String, Object> body = programme("maxGrant", 200000);
        body.put("closesOn", TODAY.minusDays(5).toString());
        as("donor1").body(body).post("/api/programmes").then().statusCode(400)
                .body("violations.field", equalTo(List.of("maxGrant", "closesOn")));
    }

    @Test
    void shouldMoveOnlyFromDraftToOpenToClosed() {
        String id = draftProgramme("donor1", programme());
        as("donor1").post("/api/programmes/" + id + "/close").then().statusCode(409);
        as("donor1").post("/api/programmes/" + id + "/publish").then().statusCode(200).body("status", equalTo("OPEN"));
        as("donor1").post("/api/programmes/" + id + "/publish").then().statusCode(409);
        as("donor1").body(withVersion(programme(), 1)).put("/api/programmes/" + id).then().statusCode(409);
        as("donor1").post("/api/programmes/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        as("donor1").post("/api/programmes/" + id + "/close").then().statusCode(409);
        as("donor1").post("/api/programmes/" + id + "/publish").then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldRefuseAnUpdateWithAStaleVersion() {
        String id = draftProgramme("donor1", programme());
        as("donor1").body(withVersion(programme("name", "Renamed"), 0)).put("/api/programmes/" + id)
                .then().statusCode(200).body("name", equalTo("Renamed")).body("version", equalTo(1));
        as("donor1").body(withVersion(programme("name", "Stale"), 0)).put("/api/programmes/" + id)
                .then().statusCode(409);
    }

    @Test
    void shouldLetOnlyItsDonorOrAnAdminChangeIt() {
        String open = openProgramme();
        as("donor2").post("/api/programmes/" + open + "/close").then().statusCode(403);
        String draft = draftProgramme("donor1", programme());
        as("donor2").post("/api/programmes/" + draft + "/publish").then().statusCode(404);
        as("assoc1").post("/api/programmes/" + draft + "/publish").then().statusCode(403);
        as("admin1").post("/api/programmes/" + draft + "/publish").then().statusCode(200);
        given().post("/api/programmes/" + draft + "/close").then().statusCode(401);
        // an action without a body needs no Content-Type
        given().header("Authorization", TestTokens.bearer("donor1", "donor"))
                .post("/api/programmes/" + draft + "/close").then().statusCode(200);
    }

    @Test
    void shouldFilterByStatusAndWindow() {
        String id = openProgramme(programme("windows", List.of("INNOVATION")));
        as("assoc1").queryParam("window", "INNOVATION").queryParam("status", "OPEN").queryParam("size", 100)
                .get("/api/programmes").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.windows", everyItem(hasItem("INNOVATION")));
        as("assoc1").queryParam("window", "SPM_OFFICER").queryParam("size", 100)
                .get("/api/programmes").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        body.put("version", version);
        return body;
    }
}
