package org.grantsplatform.associations.spreport;

import static org.grantsplatform.associations.TestApi.UNKNOWN_ID;
import static org.grantsplatform.associations.TestApi.addMember;
import static org.grantsplatform.associations.TestApi.anonymous;
import static org.grantsplatform.associations.TestApi.donor;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpReportResourceTest {

    @Test
    void shouldListTheMembersReportsOfAYearOrOfEveryYear() {
        String id = registerAssociation();
        String zeta = addMember(id, "Zeta Finance", 2010);
        String alpha = addMember(id, "Alpha Credit", 2010);
        report(id, zeta, 2024);
        report(id, alpha, 2024);
        report(id, alpha, 2023);

        donor().when().get("/api/associations/{id}/sp-reports?year=2024", id)
                .then().statusCode(200)
                .body("items.memberName", equalTo(List.of("Alpha Credit", "Zeta Finance")))
                .body("items.year", equalTo(List.of(2024, 2024)))
                .body("total", equalTo(2));
        donor().when().get("/api/associations/{id}/sp-reports", id)
                .then().statusCode(200)
                .body("items.year", equalTo(List.of(2024, 2024, 2023)))
                .body("total", equalTo(3));
        donor().when().get("/api/associations/{id}/sp-reports?size=1&page=2", id)
                .then().statusCode(200)
                .body("items.memberId", equalTo(List.of(alpha)))
                .body("total", equalTo(3));
    }

    @Test
    void shouldRefuseAnInvalidYearFilter() {
        String id = registerAssociation();

        donor().when().get("/api/associations/{id}/sp-reports?year=1200", id)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("year")));
    }

    @Test
    void shouldAnswer404ForAnUnknownAssociation() {
        donor().when().get("/api/associations/{id}/sp-reports", UNKNOWN_ID)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswerWithoutATokenWith401() {
        anonymous().when().get("/api/associations/{id}/sp-reports", UNKNOWN_ID)
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }
}
