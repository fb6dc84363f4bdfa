package org.grantsplatform.grants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.grantsplatform.runtime.testing.ProblemDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void shouldDocumentEveryEndpointWithItsSchemasAndProblems() {
        given().accept("application/json")
                .when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.keySet()", containsInAnyOrder(
                        "/api/associations",
                        "/api/associations/{id}",
                        "/api/programmes",
                        "/api/programmes/{id}",
                        "/api/programmes/{id}/publish",
                        "/api/programmes/{id}/close",
                        "/api/programmes/{id}/eligibility",
                        "/api/applications",
                        "/api/applications/{id}",
                        "/api/applications/{id}/submit",
                        "/api/applications/{id}/withdraw",
                        "/api/applications/{id}/history",
                        "/api/applications/{id}/screening",
                        "/api/applications/{id}/reviewers",
                        "/api/applications/{id}/reviewers/{subject}",
                        "/api/reviewers",
                        "/api/applications/{id}/reviews/mine",
                        "/api/applications/{id}/decision",
                        "/api/grants",
                        "/api/grants/{id}",
                        "/api/grants/{id}/history",
                        "/api/grants/{id}/tranches",
                        "/api/grants/{id}/tranches/{trancheId}",
                        "/api/grants/{id}/tranches/{trancheId}/milestone-report",
                        "/api/grants/{id}/tranches/{trancheId}/milestone-report/review",
                        "/api/grants/{id}/tranches/{trancheId}/disbursement-request",
                        "/api/grants/{id}/tranches/{trancheId}/approve",
                        "/api/grants/{id}/tranches/{trancheId}/payment"))
                .body("paths.'/api/applications/{id}/submit'.post.responses", hasKey("422"))
                .body("paths.'/api/applications/{id}/decision'.post.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404", "409", "422"))
                .body("paths.'/api/applications/{id}/decision'.post.parameters.find { it.name == 'Idempotency-Key' }",
                        notNullValue())
                .body("paths.'/api/grants/{id}/tranches/{trancheId}/approve'.post.responses", hasKey("403"))
                .body("paths.'/api/applications/{id}/reviewers'.post.responses.keySet()",
                        containsInAnyOrder("200", "400", "401", "403", "404", "409", "422", "503"))
                .body("paths.'/api/reviewers'.get.responses", hasKey("503"))
                .body("paths.'/api/grants/{id}/tranches/{trancheId}'.keySet()",
                        containsInAnyOrder("get", "put", "delete"))
                .body("paths.'/api/programmes'.post.responses", hasKey("201"))
                .body("components.schemas", hasKey("Application"))
                .body("components.schemas", hasKey("Grant"))
                .body("components.schemas.Review.description", containsString("100 × Σ(weight × score / maxScore)"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void shouldGiveEveryErrorTheProblemBody() {
        assertThat(ProblemDocuments.assertEveryErrorIsAProblem()).as("error answers documented").isGreaterThan(100);
    }
}
