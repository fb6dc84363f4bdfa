package org.grantsplatform.grants;

import static io.restassured.RestAssured.given;
import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role × endpoint × ownership: 401 without a token, 403 when the role or the relation to the object does
 * not allow it, 404 when the object is outside the caller's scope. Bodies are valid, so only access decides.
 */
@QuarkusTest
class AccessMatrixTest {

    /**
     * P: open programme of donor1; D: its draft; A: assoc1's application to P under review by reviewer1;
     * R: assoc1's draft application to P; G, T: a grant of P and its tranche.
     */
    private static Map<String, String> world;

    static Stream<Arguments> matrix() {
        return Stream.of(
                row(null, "GET", "/api/programmes", null, 401),
                row(null, "POST", "/api/programmes", "programme", 401),
                row("assoc1", "POST", "/api/programmes", "programme", 403),
                row("reviewer1", "POST", "/api/programmes", "programme", 403),
                row("pm1", "POST", "/api/programmes", "programme", 403),
                row("assoc1", "GET", "/api/programmes/{D}", null, 404),
                row("donor2", "GET", "/api/programmes/{D}", null, 404),
                row("reviewer1", "GET", "/api/programmes/{D}", null, 404),
                row("pm1", "GET", "/api/programmes/{D}", null, 200),
                row("admin1", "GET", "/api/programmes/{D}", null, 200),
                row("assoc1", "GET", "/api/programmes/{P}", null, 200),
                row("donor2", "PUT", "/api/programmes/{P}", "programme", 403),
                row("donor2", "PUT", "/api/programmes/{D}", "programme", 404),
                row("donor2", "POST", "/api/programmes/{D}/publish", null, 404),
                row("donor2", "POST", "/api/programmes/{P}/close", null, 403),
                row("pm1", "POST", "/api/programmes/{P}/close", null, 403),
                row("assoc1", "POST", "/api/programmes/{P}/close", null, 403),

                row(null, "GET", "/api/applications/{A}", null, 401),
                row("assoc1", "GET", "/api/applications/{A}", null, 200),
                row("assoc2", "GET", "/api/applications/{A}", null, 404),
                row("donor1", "GET", "/api/applications/{A}", null, 200),
                row("donor2", "GET", "/api/applications/{A}", null, 404),
                row("reviewer1", "GET", "/api/applications/{A}", null, 200),
                row("reviewer2", "GET", "/api/applications/{A}", null, 404),
                row("pm1", "GET", "/api/applications/{A}", null, 200),
                row("nobody", "GET", "/api/applications/{A}", null, 404),
                row("donor1", "GET", "/api/applications/{R}", null, 404),
                row("assoc1", "GET", "/api/applications/{R}", null, 200),
                row("pm1", "GET", "/api/applications/{R}", null, 200),
                row("assoc2", "GET", "/api/applications/{A}/history", null, 404),
                row("reviewer2", "GET", "/api/applications/{A}/history", null, 404),
                row("reviewer1", "GET", "/api/applications/{A}/history", null, 200),
                row("donor1", "POST", "/api/applications", "application", 403),
                row("pm1", "POST", "/api/applications", "application", 403),
                row("assoc2", "PUT", "/api/applications/{A}", "application", 404),
                row("donor1", "PUT", "/api/applications/{A}", "application", 403),
                row("assoc2", "POST", "/api/applications/{A}/submit", null, 404),
                row("reviewer1", "POST", "/api/applications/{A}/submit", null, 403),
                row("assoc2", "POST", "/api/applications/{A}/withdraw", null, 404),
                row("donor1", "POST", "/api/applications/{A}/withdraw", null, 403),
                row("assoc1", "POST", "/api/applications/{A}/screening", "screening", 403),
                row("donor1", "POST", "/api/applications/{A}/screening", "screening", 403),
                row("reviewer1", "POST", "/api/applications/{A}/screening", "screening", 403),
                row("donor1", "POST", "/api/applications/{A}/reviewers", "reviewers", 403),
                row("assoc1", "POST", "/api/applications/{A}/reviewers", "reviewers", 403),
                row("reviewer2", "PUT", "/api/applications/{A}/reviews/mine", "review", 404),
                row("assoc1", "PUT", "/api/applications/{A}/reviews/mine", "review", 403),
                row("pm1", "PUT", "/api/applications/{A}/reviews/mine", "review", 403),
                row("donor2", "POST", "/api/applications/{A}/decision", "award", 404),
                row("pm1", "POST", "/api/applications/{A}/decision", "award", 403),
                row("admin1", "POST", "/api/applications/{A}/decision", "award", 403),
                row("assoc1", "POST", "/api/applications/{A}/decision", "award", 403),

                row(null, "GET", "/api/grants/{G}", null, 401),
                row("assoc1", "GET", "/api/grants/{G}", null, 200),
                row("assoc2", "GET", "/api/grants/{G}", null, 404),
                row("donor1", "GET", "/api/grants/{G}", null, 200),
                row("donor2", "GET", "/api/grants/{G}", null, 404),
                row("reviewer2", "GET", "/api/grants/{G}", null, 404),
                row("assoc2", "GET", "/api/grants/{G}/history", null, 404),
                row("assoc2", "GET", "/api/grants/{G}/tranches/{T}", null, 404),
                row("donor1", "POST", "/api/grants/{G}/tranches", "tranche", 403),
                row("assoc1", "POST", "/api/grants/{G}/tranches", "tranche", 403),
                row("assoc2", "POST", "/api/grants/{G}/tranches/{T}/milestone-report", "report", 404),
                row("donor1", "POST", "/api/grants/{G}/tranches/{T}/milestone-report", "report", 403),
                row("assoc1", "POST", "/api/grants/{G}/tranches/{T}/milestone-report/review", "milestoneReview", 403),
                row("donor1", "POST", "/api/grants/{G}/tranches/{T}/disbursement-request", null, 403),
                row("assoc1", "POST", "/api/grants/{G}/tranches/{T}/disbursement-request", null, 403),
                row("donor2", "POST", "/api/grants/{G}/tranches/{T}/approve", null, 404),
                row("pm1", "POST", "/api/grants/{G}/tranches/{T}/approve", null, 403),
                row("assoc1", "POST", "/api/grants/{G}/tranches/{T}/approve", null, 403),
                row("donor1", "POST", "/api/grants/{G}/tranches/{T}/payment", "payment", 403));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @MethodSource("matrix")
    void shouldAnswerAccordingToRoleAndScope(String user, String method, String path, String body, int expected) {
        RequestSpecification request = user == null ? given().contentType(ContentType.JSON) : as(user);
        if (body != null) {
            request.body(bodies().get(body).get());
        }
        var response = request.request(method, resolve(path)).then().statusCode(expected);
        if (expected >= 400) {
            response.contentType(startsWith("application/problem+json"));
        }
    }

    @Test
    void shouldListOnlyWhatIsInTheCallersScope() {
        String a = world().get("A");
        String g = world().get("G");
        for (String user : List.of("assoc1", "donor1", "reviewer1", "pm1", "admin1")) {
            as(user).queryParam("size", 100).get("/api/applications").then().statusCode(200).body("items.id", hasItem(a));
        }
        for (String user : List.of("assoc2", "donor2", "reviewer2", "nobody")) {
            as(user).queryParam("size", 100).get("/api/applications").then().statusCode(200)
                    .body("items.id", not(hasItem(a)));
            as(user).queryParam("size", 100).get("/api/grants").then().statusCode(200).body("items.id", not(hasItem(g)));
        }
        as("assoc1").queryParam("size", 100).get("/api/grants").then().body("items.id", hasItem(g));
    }

    private static Arguments row(String user, String method, String path, String body, int expected) {
        return Arguments.of(user, method, path, body, expected);
    }

    private static String resolve(String path) {
        String resolved = path;
        for (Map.Entry<String, String> id : world().entrySet()) {
            resolved = resolved.replace("{" + id.getKey() + "}", id.getValue());
        }
        return resolved;
    }

    private static Map<String, Supplier<Object>> bodies() {
        Map<String, Supplier<Object>> bodies = new HashMap<>();
        bodies.put("programme", () -> programme("version", 0));
        bodies.put("application", () -> {
            Map<String, Object> a = application(world().get("P"), association());
            a.put("version", 0);
            return a;
        });
        bodies.put("screening", () -> Map.of("eligible", true));
        bodies.put("reviewers", () -> Map.of("subjects", List.of(subject("reviewer2"))));
        bodies.put("review", () -> Map.of("conflictOfInterest", false, "scores", List.of(
                Map.of("criterion", "relevance", "score", 5), Map.of("criterion", "feasibility", "score", 5))));
        bodies.put("award", () -> Map.of("outcome", "AWARD", "amount", 1000, "reason", "ok"));
        bodies.put("tranche", () -> Map.of("amount", 100, "dueDate", TODAY.toString(), "milestone", "m"));
        bodies.put("report", () -> Map.of("narrative", "done"));
        bodies.put("milestoneReview", () -> Map.of("accepted", true));
        bodies.put("payment", () -> Map.of("paidOn", TODAY.toString(), "reference", "TX-1"));
        return bodies;
    }

    private static synchronized Map<String, String> world() {
        if (world == null) {
            String p = openProgramme();
            String a = underReview(p);
            assign(a, "reviewer1").statusCode(200);
            String g = decide("donor1", underReview(p), 20000).statusCode(200).extract().path("grantId");
            world = Map.of("P", p, "D", draftProgramme("donor1", programme()), "A", a, "R", draft(p), "G", g,
                    "T", tranche(g, 5000));
        }
        return world;
    }
}
