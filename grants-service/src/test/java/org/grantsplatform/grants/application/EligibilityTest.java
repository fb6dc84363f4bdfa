package org.grantsplatform.grants.application;

import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each eligibility rule of API.md failing on its own, then all of them at once; the eligibility check of
 * the programme and association answers each rule that does not depend on the application alike.
 */
@QuarkusTest
class EligibilityTest {

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("programme-open", "programme.status", "OPEN", "CLOSED", () -> {
                    String programme = openProgramme();
                    String id = draft(programme);
                    as("donor1").post("/api/programmes/" + programme + "/close").then().statusCode(200);
                    return id;
                }),
                rule("within-programme-dates", "programme.closesOn",
                        TODAY.plusDays(5) + ".." + TODAY.plusDays(30), TODAY.toString(),
                        () -> draft(openProgramme(programme("opensOn", TODAY.plusDays(5).toString())))),
                rule("association-verified", "association.verified", "true", "false",
                        () -> draftFor(association(false, "AFRICA", 10, "0.8", "assoc1"), Map.of())),
                rule("association-region", "association.region", "AFRICA,ASIA", "EUROPE",
                        () -> draftFor(association(true, "EUROPE", 10, "0.8", "assoc1"), Map.of())),
                rule("min-member-count", "association.memberCount", ">= 3", "2",
                        () -> draftFor(association(true, "ASIA", 2, "0.8", "assoc1"), Map.of())),
                rule("min-transparency-rate", "association.transparencyRate", ">= 0.5", "0.25",
                        () -> draftFor(association(true, "AFRICA", 10, "0.25", "assoc1"), Map.of())),
                rule("min-transparency-rate", "association.transparencyRate", ">= 0.5", "none",
                        () -> draftFor(association(true, "AFRICA", 10, "null", "assoc1"), Map.of())),
                rule("window-offered", "window", "CAPACITY_BUILDING,MEMBER_TRAINING", "INNOVATION",
                        () -> draftFor(association(), Map.of("window", "INNOVATION"))),
                rule("amount-positive", "requestedAmount", "> 0", "none",
                        () -> draftFor(association(), Map.of("requestedAmount", "absent"))),
                rule("max-grant", "requestedAmount", "<= 50000.00", "60000.00",
                        () -> draftFor(association(), Map.of("requestedAmount", 60000, "budgetLines",
                                List.of(Map.of("category", "staff", "amount", 60000))))),
                rule("budget-lines-sum", "budgetLines", "40000.00", "39999.99",
                        () -> draftFor(association(), Map.of("budgetLines",
                                List.of(Map.of("category", "staff", "amount", 39999.99))))),
                rule("required", "summary", "a summary", "none",
                        () -> draftFor(association(), Map.of("summary", "absent"))));
    }

    /** The rules on the application's own fields, which the eligibility check of an association leaves out. */
    private static final Set<String> APPLICATION_RULES = Set.of("window-offered", "amount-positive", "max-grant",
            "budget-lines-sum", "required");

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("rules")
    void shouldRefuseASubmissionFailingOneRuleNamingOnlyThatRuleAsTheEligibilityCheckDoes(String rule, String field,
            String expected, String actual, Supplier<String> draftFailingIt) {
        String id = draftFailingIt.get();

        assertOnlyFailure(submit(id).statusCode(422), "violations", rule, field, expected, actual);
        ValidatableResponse draft = as("assoc1").get("/api/applications/" + id).then().body("status", equalTo("DRAFT"));
        ValidatableResponse check = as("assoc1")
                .queryParam("associationId", draft.extract().<String>path("associationId"))
                .get("/api/programmes/{id}/eligibility", draft.extract().<String>path("programmeId"))
                .then().statusCode(200);
        if (APPLICATION_RULES.contains(rule)) {
            check.body("eligible", equalTo(true)).body("failed", hasSize(0));
        } else {
            assertOnlyFailure(check.body("eligible", equalTo(false)), "failed", rule, field, expected, actual);
        }
    }

    private static void assertOnlyFailure(ValidatableResponse answer, String list, String rule, String field,
            String expected, String actual) {
        answer.body(list, hasSize(1))
                .body(list + "[0].rule", equalTo(rule))
                .body(list + "[0].field", equalTo(field))
                .body(list + "[0].expected", equalTo(expected))
                .body(list + "[0].actual", equalTo(actual));
    }

    @Test
    void shouldListEveryFailedRuleAtOnce() {
        String id = draftFor(association(false, "EUROPE", 1, "0.1", "assoc1"), Map.of("window", "INNOVATION",
                "budgetLines", List.of(Map.of("category", "staff", "amount", 1))));

        submit(id).statusCode(422).body("violations.rule", equalTo(List.of("association-verified",
                "association-region", "min-member-count", "min-transparency-rate", "window-offered",
                "budget-lines-sum")));
    }

    @Test
    void shouldRefuseABudgetLineWithThreeDecimals() {
        Map<String, Object> body = application(openProgramme(), association());
        body.put("budgetLines", List.of(Map.of("category", "staff", "amount", 40000.005)));
        as("assoc1").body(body).post("/api/applications").then().statusCode(400)
                .body("violations[0].field", equalTo("budgetLines[0].amount"));
    }

    @Test
    void shouldNotDraftForAnAssociationNoEventHasMentioned() {
        Map<String, Object> body = application(openProgramme(), "0b6bd2f7-0000-4000-8000-000000000000");
        as("assoc1").body(body).post("/api/applications").then().statusCode(422)
                .body("violations[0].rule", equalTo("association-known"));
    }

    @Test
    void shouldNotDraftForAnotherOwnersAssociation() {
        String someoneElses = association(true, "AFRICA", 10, "0.8", "assoc2");
        as("assoc1").body(application(openProgramme(), someoneElses)).post("/api/applications").then().statusCode(403);
    }

    @Test
    void shouldAcceptAnEligibleApplication() {
        submit(draft(openProgramme())).statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("currency", equalTo("USD"))
                .body("budgetLines.amount", equalTo(List.of(25000.50f, 14999.50f)));
    }

    private static Arguments rule(String rule, String field, String expected, String actual,
            Supplier<String> draftFailingIt) {
        return Arguments.of(rule, field, expected, actual, draftFailingIt);
    }

    /** A draft of assoc1 for a fresh default programme, with some fields replaced ("absent" removes one). */
    private static String draftFor(String associationId, Map<String, Object> changes) {
        Map<String, Object> body = application(openProgramme(), associationId);
        changes.forEach((k, v) -> {
            if ("absent".equals(v)) {
                body.remove(k);
            } else {
                body.put(k, v);
            }
        });
        return draft("assoc1", body);
    }
}
