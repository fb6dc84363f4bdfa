package org.grantsplatform.grants.application;

import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/programmes/{id}/eligibility: whether an association may apply, by the rules submission applies. */
@QuarkusTest
class EligibilityCheckTest {

    private static final String UNKNOWN = "0b6bd2f7-0000-4000-8000-00000000e11e";

    @Test
    void shouldAnswerThatAQualifyingAssociationMayApply() {
        String programme = openProgramme();

        check("assoc1", programme, association()).statusCode(200)
                .body("programmeId", equalTo(programme))
                .body("associationId", equalTo(association()))
                .body("checkedOn", equalTo(TODAY.toString()))
                .body("eligible", equalTo(true))
                .body("failed", hasSize(0));
    }

    @Test
    void shouldListEveryFailedRuleWithWhatItExpectedAndFound() {
        String programme = openProgramme();
        as("donor1").post("/api/programmes/" + programme + "/close").then().statusCode(200);
        String association = association(false, "EUROPE", 1, "0.1", "assoc1");

        check("assoc1", programme, association).statusCode(200)
                .body("eligible", equalTo(false))
                .body("failed.rule", equalTo(List.of("programme-open", "association-verified", "association-region",
                        "min-member-count", "min-transparency-rate")))
                .body("failed.field", equalTo(List.of("programme.status", "association.verified",
                        "association.region", "association.memberCount", "association.transparencyRate")))
                .body("failed.expected", equalTo(List.of("OPEN", "true", "AFRICA,ASIA", ">= 3", ">= 0.5")))
                .body("failed.actual", equalTo(List.of("CLOSED", "false", "EUROPE", "1", "0.1")));
    }

    @Test
    void shouldTellManagersAndDonorsOfAnAssociationNoEventHasMentioned() {
        String programme = openProgramme();
        for (String user : List.of("pm1", "donor2", "admin1")) {
            check(user, programme, UNKNOWN).statusCode(200)
                    .body("eligible", equalTo(false))
                    .body("failed.rule", equalTo(List.of("association-known")))
                    .body("failed[0].actual", equalTo("unknown"));
        }
    }

    @Test
    void shouldHideFromAnApplicantAnAssociationThatIsNotTheirs() {
        String programme = openProgramme();

        check("assoc2", programme, association()).statusCode(404)
                .contentType(startsWith("application/problem+json"));
        check("assoc1", programme, UNKNOWN).statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldHideAProgrammeTheCallerMayNotSee() {
        String draft = draftProgramme("donor1", programme());

        check("assoc1", draft, association()).statusCode(404).contentType(startsWith("application/problem+json"));
        check("donor2", draft, association()).statusCode(404);
        check("assoc1", UNKNOWN, association()).statusCode(404);
        check("donor1", draft, association()).statusCode(200)
                .body("failed.rule", equalTo(List.of("programme-open")))
                .body("failed[0].actual", equalTo("DRAFT"));
    }

    @Test
    void shouldRefuseAMissingOrMalformedAssociationIdNamingIt() {
        String programme = openProgramme();

        check("assoc1", programme, "not-a-uuid").statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("associationId"));
        as("assoc1").get("/api/programmes/" + programme + "/eligibility").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("associationId"));
    }

    @Test
    void shouldForbidReviewers() {
        check("reviewer1", openProgramme(), association()).statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    private static ValidatableResponse check(String user, String programmeId, String associationId) {
        return as(user).queryParam("associationId", associationId)
                .get("/api/programmes/" + programmeId + "/eligibility").then();
    }
}
