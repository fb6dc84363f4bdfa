package org.grantsplatform.associations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.grantsplatform.runtime.testing.ProblemDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void shouldDocumentEveryEndpointWithoutAToken() {
        given().accept("application/json")
                .when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.keySet()", containsInAnyOrder(
                        "/api/associations",
                        "/api/associations/{id}",
                        "/api/associations/{id}/owners",
                        "/api/associations/{id}/verification",
                        "/api/associations/{id}/members",
                        "/api/associations/{id}/members/{memberId}",
                        "/api/associations/{id}/members/{memberId}/sp-reports/{year}",
                        "/api/associations/{id}/sp-reports",
                        "/api/associations/{id}/transparency",
                        "/api/associations/{id}/capacity-assessment",
                        "/api/associations/{id}/capacity-assessment/history"))
                .body("paths.'/api/associations/{id}'.put.responses", hasKey("409"))
                .body("paths.'/api/associations/{id}/members/{memberId}/sp-reports/{year}'.put.responses", hasKey("201"))
                .body("paths.'/api/associations/{id}/verification'.post.responses", hasKey("403"))
                .body("paths.'/api/associations/{id}/owners'.keySet()", containsInAnyOrder("get", "post"))
                .body("paths.'/api/associations/{id}/owners'.post.responses", hasKey("503"))
                .body("components.schemas", hasKey("Owner"))
                .body("components.schemas", hasKey("SpReportRequest"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void shouldGiveEveryErrorTheProblemBody() {
        assertThat(ProblemDocuments.assertEveryErrorIsAProblem()).as("error answers documented").isGreaterThan(40);
    }
}
