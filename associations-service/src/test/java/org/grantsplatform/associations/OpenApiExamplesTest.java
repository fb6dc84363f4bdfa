package org.grantsplatform.associations;

import static org.grantsplatform.associations.TestApi.caller;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.grantsplatform.runtime.testing.OpenApiExamples;
import org.junit.jupiter.api.Test;

/**
 * Every request body of the OpenAPI document has an example that, sent as shown by a caller allowed to, is
 * accepted: the examples register an association and carry it through its profile, owners, verification,
 * members, SP report and capacity assessment.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final String APPLICANT = "applicant";

    @Test
    void shouldAcceptEveryRequestBodyExampleAsShown() {
        OpenApiExamples examples = OpenApiExamples.ofServiceUnderTest();

        String id = examples.sendAsShown(caller("assoc1", APPLICANT), "POST /api/associations")
                .statusCode(201).extract().path("id");
        examples.sendAsShown(caller("assoc1", APPLICANT), "PUT /api/associations/{id}", id).statusCode(200);
        examples.sendAsShown(caller("assoc1", APPLICANT), "POST /api/associations/{id}/owners", id).statusCode(200);
        examples.sendAsShown(caller("pm1", "program-manager"), "POST /api/associations/{id}/verification", id)
                .statusCode(200).body("verified", equalTo(true));
        String memberId = examples.sendAsShown(caller("assoc1", APPLICANT), "POST /api/associations/{id}/members", id)
                .statusCode(201).extract().path("id");
        examples.sendAsShown(caller("assoc1", APPLICANT), "PUT /api/associations/{id}/members/{memberId}", id,
                memberId).statusCode(200);
        examples.sendAsShown(caller("assoc1", APPLICANT),
                "PUT /api/associations/{id}/members/{memberId}/sp-reports/{year}", id, memberId, 2025).statusCode(201);
        examples.sendAsShown(caller("assoc1", APPLICANT), "PUT /api/associations/{id}/capacity-assessment", id)
                .statusCode(201);

        examples.assertEverySent();
    }
}
