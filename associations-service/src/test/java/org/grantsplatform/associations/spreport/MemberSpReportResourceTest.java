package org.grantsplatform.associations.spreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.associations.TestApi.UNKNOWN_ID;
import static org.grantsplatform.associations.TestApi.addMember;
import static org.grantsplatform.associations.TestApi.admin;
import static org.grantsplatform.associations.TestApi.anonymous;
import static org.grantsplatform.associations.TestApi.awaitEvents;
import static org.grantsplatform.associations.TestApi.donor;
import static org.grantsplatform.associations.TestApi.owner;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.report;
import static org.grantsplatform.associations.TestApi.stranger;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.grantsplatform.events.CloudEvent;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class MemberSpReportResourceTest {

    static final String PATH = "/api/associations/{id}/members/{memberId}/sp-reports/{year}";

    static final String FULL_REPORT = """
            {"activeBorrowers":52000,"womenBorrowersPct":64.5,"ruralBorrowersPct":38,
             "grossLoanPortfolio":1250000.75,"currency":"KES","averageLoanSize":240.10,
             "clientRetentionRatePct":81.25,"portfolioAtRisk30Pct":4.2,"hasSocialMission":true,
             "boardSpCommittee":false,"clientProtectionEndorsed":true,"povertyMeasurementTool":"PPI",
             "nonFinancialServices":["financial literacy","health insurance"],"staffTurnoverPct":12,
             "unknownIndicator":"ignored"}""";

    @Test
    void shouldCreateAReportThenReplaceItAsAWholeEmittingOneEventEach() {
        String id = registerAssociation();
        String memberId = addMember(id, "Faulu", 2010);

        owner().body(FULL_REPORT)
                .when().put(PATH, id, memberId, 2023)
                .then().statusCode(201)
                .header("Location", containsString("/api/associations/" + id + "/members/" + memberId + "/sp-reports/2023"))
                .body("memberId", equalTo(memberId))
                .body("memberName", equalTo("Faulu"))
                .body("year", equalTo(2023))
                .body("activeBorrowers", equalTo(52000))
                .body("womenBorrowersPct", equalTo(64.5f))
                .body("grossLoanPortfolio", equalTo(1250000.75f))
                .body("currency", equalTo("KES"))
                .body("povertyMeasurementTool", equalTo("PPI"))
                .body("nonFinancialServices", equalTo(List.of("financial literacy", "health insurance")))
                .body("version", equalTo(0))
                .body("reportedBy", equalTo(TestTokens.subjectOf("assoc1")));

        owner().body("{\"activeBorrowers\":53000,\"povertyMeasurementTool\":\"NONE\",\"version\":0}")
                .when().put(PATH, id, memberId, 2023)
                .then().statusCode(200)
                .body("activeBorrowers", equalTo(53000))
                .body("povertyMeasurementTool", equalTo("NONE"))
                .body("womenBorrowersPct", nullValue())
                .body("currency", nullValue())
                .body("nonFinancialServices", equalTo(List.of()))
                .body("version", equalTo(1));
        donor().when().get(PATH, id, memberId, 2023)
                .then().statusCode(200)
                .body("activeBorrowers", equalTo(53000))
                .body("grossLoanPortfolio", nullValue());

        List<CloudEvent> events = awaitEvents(id, EventTypes.ASSOCIATION_REGISTERED, EventTypes.MEMBER_CHANGED,
                EventTypes.SP_REPORT_SUBMITTED, EventTypes.SP_REPORT_SUBMITTED);
        CloudEvent created = events.get(2);
        assertThat(created.data().at("/report/memberId").asText()).isEqualTo(memberId);
        assertThat(created.data().at("/report/year").asInt()).isEqualTo(2023);
        assertThat(created.data().at("/report/grossLoanPortfolio").decimalValue()).isEqualByComparingTo("1250000.75");
        assertThat(created.data().at("/transparency/year").asInt()).isEqualTo(2023);
        assertThat(created.data().at("/transparency/members").asInt()).isEqualTo(1);
        assertThat(created.data().at("/transparency/membersReporting").asInt()).isEqualTo(1);
        assertThat(created.data().at("/transparency/rate").decimalValue()).isEqualByComparingTo("1");
        assertThat(created.data().at("/association/transparencyYear").asInt()).isEqualTo(2023);
        assertThat(created.data().at("/association/transparencyRate").decimalValue()).isEqualByComparingTo("1");
        CloudEvent replaced = events.get(3);
        assertThat(replaced.data().at("/report/activeBorrowers").asInt()).isEqualTo(53000);
        assertThat(replaced.data().at("/report/currency").isNull()).isTrue();
    }

    @Test
    void shouldNameEveryInvalidIndicator() {
        String id = registerAssociation();
        String memberId = addMember(id, "Faulu", 2010);

        owner().body("""
                {"activeBorrowers":-1,"womenBorrowersPct":100.01,"ruralBorrowersPct":-0.5,
                 "grossLoanPortfolio":10.123,"currency":"ABC","averageLoanSize":-5,
                 "clientRetentionRatePct":50.555,"portfolioAtRisk30Pct":101,"staffTurnoverPct":-1,
                 "nonFinancialServices":[""]}""")
                .when().put(PATH, id, memberId, 2023)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", equalTo(List.of("activeBorrowers", "averageLoanSize",
                        "clientRetentionRatePct", "currency", "grossLoanPortfolio", "nonFinancialServices[0]",
                        "portfolioAtRisk30Pct", "ruralBorrowersPct", "staffTurnoverPct", "womenBorrowersPct")));
    }

    @Test
    void shouldAcceptTheBoundsOfPercentagesCountsAndAmounts() {
        String id = registerAssociation();
        String memberId = addMember(id, "Faulu", 2010);

        owner().body("""
                {"activeBorrowers":0,"womenBorrowersPct":100,"ruralBorrowersPct":0,"grossLoanPortfolio":0,
                 "currency":"USD","averageLoanSize":0.01,"portfolioAtRisk30Pct":99.99}""")
                .when().put(PATH, id, memberId, 2023)
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseAnUnknownPovertyMeasurementToolNamingTheField() {
        String id = registerAssociation();
        String memberId = addMember(id, "Faulu", 2010);

        owner().body("{\"povertyMeasurementTool\":\"ABACUS\"}")
                .when().put(PATH, id, memberId, 2023)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("povertyMeasurementTool"))
                .body("violations[0].message", containsString("PPI"));
    }

    @Test
    void shouldRequireACurrencyWithAnAmount() {
        String id = registerAssociation();
        String memberId = addMember(id, "Faulu", 2010);

        owner().body("{\"averageLoanSize\":120.50}")
                .when().put(PATH, id, memberId, 2023)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("currency")));
    }

    @Test
    void shouldRefuseAYearInTheFutureOrBefore1990() {
        String id = registerAssociation();
        String memberId = addMember(id, "Faulu", 2010);
        int nextYear = Year.now(ZoneOffset.UTC).getValue() + 1;

        owner().body("{\"activeBorrowers\":1}").when().put(PATH, id, memberId, nextYear)
                .then().statusCode(400).body("violations.field", equalTo(List.of("year")));
        owner().body("{\"activeBorrowers\":1}").when().put(PATH, id, memberId, 1989)
                .then().statusCode(400).body("violations.field", equalTo(List.of("year")));
    }

    @Test
    void shouldRefuseAMissingStaleOrPointlessVersionWith409() {
        String id = registerAssociation();
        String memberId = addMember(id, "Faulu", 2010);
        report(id, memberId, 2023);

        owner().body("{\"activeBorrowers\":2}").when().put(PATH, id, memberId, 2023)
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("version 0"));
        owner().body("{\"activeBorrowers\":2,\"version\":7}").when().put(PATH, id, memberId, 2023)
                .then().statusCode(409);
        owner().body("{\"activeBorrowers\":2,\"version\":0}").when().put(PATH, id, memberId, 2022)
                .then().statusCode(409);
    }

    @Test
    void shouldLetOnlyOwnersAndAdminsReport() {
        String id = registerAssociation();
        String memberId = addMember(id, "Faulu", 2010);

        donor().body("{\"activeBorrowers\":1}").when().put(PATH, id, memberId, 2023)
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        stranger().body("{\"activeBorrowers\":1}").when().put(PATH, id, memberId, 2023)
                .then().statusCode(403);
        admin().body("{\"activeBorrowers\":1}").when().put(PATH, id, memberId, 2023)
                .then().statusCode(201);
    }

    @Test
    void shouldAnswer404ForAnUnknownAssociationAMemberOfAnotherOrAYearWithoutReport() {
        String id = registerAssociation();
        String other = registerAssociation();
        String othersMember = addMember(other, "Other MFI", 2012);
        String memberId = addMember(id, "Faulu", 2010);

        owner().body("{\"activeBorrowers\":1}").when().put(PATH, UNKNOWN_ID, memberId, 2023)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        owner().body("{\"activeBorrowers\":1}").when().put(PATH, id, othersMember, 2023)
                .then().statusCode(404);
        donor().when().get(PATH, id, othersMember, 2023).then().statusCode(404);
        donor().when().get(PATH, id, memberId, 2023).then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({ "PUT", "GET" })
    void shouldAnswerWithoutATokenWith401(String method) {
        anonymous().body("{}").when().request(method, "/api/associations/" + UNKNOWN_ID + "/members/" + UNKNOWN_ID
                + "/sp-reports/2023")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }
}
