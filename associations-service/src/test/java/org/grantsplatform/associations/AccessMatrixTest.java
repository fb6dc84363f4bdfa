package org.grantsplatform.associations;

import static org.grantsplatform.associations.TestApi.addMember;
import static org.grantsplatform.associations.TestApi.admin;
import static org.grantsplatform.associations.TestApi.member;
import static org.grantsplatform.associations.TestApi.owner;
import static org.grantsplatform.associations.TestApi.profile;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.report;
import static org.grantsplatform.runtime.testing.AccessMatrix.rule;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grantsplatform.runtime.testing.AccessMatrixContract;
import org.grantsplatform.runtime.testing.AccessMatrix.Caller;
import org.grantsplatform.runtime.testing.AccessMatrix.Rule;

/**
 * Every operation of the OpenAPI document × every role of the realm, as API.md puts it: association data
 * is public to every signed-in user; an association is changed by its owners (OIDC subjects) and admins,
 * another applicant gets 403; verification is for program managers and admins.
 */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContract {

    private static final String[] EVERYONE = { "nobody", "assoc1", "assoc2", "donor1", "reviewer1", "pm1", "admin1" };

    private static final List<Caller> CALLERS = List.of(Caller.ANONYMOUS, Caller.of("nobody"),
            Caller.of("assoc1", "applicant"), Caller.of("assoc2", "applicant"), Caller.of("donor1", "donor"),
            Caller.of("reviewer1", "reviewer"), Caller.of("pm1", "program-manager"), Caller.of("admin1", "admin"));

    private static final String ASSESSMENT = """
            {"interest":"MEDIUM","experience":["MEMBER_TRANSPARENCY"],"capabilities":["MEMBER_SP_DATA_COLLECTION"],
             "needs":["SPM_OFFICER"],"notes":"on paper"}""";

    @Override
    protected List<Rule> rules() {
        return List.of(
                rule("POST /api/associations", "applicant, admin; the caller becomes its owner")
                        .body(f -> profile("Network " + UUID.randomUUID())).allow("assoc1", "assoc2", "admin1"),
                rule("GET /api/associations", "any").fixture(AccessMatrixTest::association).object("id")
                        .query("q", "{name}").sees(EVERYONE),
                rule("GET /api/associations/{id}", "any").fixture(AccessMatrixTest::association).allow(EVERYONE),
                rule("PUT /api/associations/{id}", "owner, admin").fixture(AccessMatrixTest::association)
                        .body(f -> versioned(profile("Renamed " + UUID.randomUUID()), version(f.get("id"))))
                        .allow("assoc1", "admin1"),
                rule("POST /api/associations/{id}/owners", "owner, admin").fixture(AccessMatrixTest::association)
                        .body(f -> Map.of("subject", "sub-" + UUID.randomUUID())).allow("assoc1", "admin1"),
                rule("GET /api/associations/{id}/owners", "any").fixture(AccessMatrixTest::association)
                        .allow(EVERYONE),
                rule("POST /api/associations/{id}/verification", "program-manager, admin")
                        .fixture(AccessMatrixTest::association)
                        .body(f -> Map.of("verified", true, "note", "statutes checked")).allow("pm1", "admin1"),
                rule("POST /api/associations/{id}/members", "owner, admin").fixture(AccessMatrixTest::association)
                        .body(f -> member("Kadet " + UUID.randomUUID(), 2015)).allow("assoc1", "admin1"),
                rule("GET /api/associations/{id}/members", "any").fixture(AccessMatrixTest::association)
                        .object("memberId").sees(EVERYONE),
                rule("GET /api/associations/{id}/members/{memberId}", "any").fixture(AccessMatrixTest::association)
                        .allow(EVERYONE),
                rule("PUT /api/associations/{id}/members/{memberId}", "owner, admin")
                        .fixture(AccessMatrixTest::association).body(f -> versioned(member("Kadet Ltd", 2013), 0))
                        .allow("assoc1", "admin1"),
                rule("PUT /api/associations/{id}/members/{memberId}/sp-reports/{year}", "owner, admin")
                        .fixture(() -> with(association(), "year", "2024")).body(f -> Map.of("activeBorrowers", 500))
                        .allow("assoc1", "admin1"),
                rule("GET /api/associations/{id}/members/{memberId}/sp-reports/{year}", "any")
                        .fixture(AccessMatrixTest::association).allow(EVERYONE),
                rule("GET /api/associations/{id}/sp-reports", "any").fixture(AccessMatrixTest::association)
                        .query("year", "{year}").object("memberId").sees(EVERYONE),
                rule("GET /api/associations/{id}/transparency", "any").fixture(AccessMatrixTest::association)
                        .allow(EVERYONE),
                rule("PUT /api/associations/{id}/capacity-assessment", "owner, admin")
                        .fixture(AccessMatrixTest::association).body(f -> ASSESSMENT).allow("assoc1", "admin1"),
                rule("GET /api/associations/{id}/capacity-assessment", "any")
                        .fixture(AccessMatrixTest::assessed).allow(EVERYONE),
                rule("GET /api/associations/{id}/capacity-assessment/history", "any")
                        .fixture(AccessMatrixTest::assessed).allow(EVERYONE));
    }

    @Override
    protected List<Caller> callers() {
        return CALLERS;
    }

    /** An association of assoc1 with one member who reported for 2023. */
    private static Map<String, String> association() {
        String id = registerAssociation();
        String memberId = addMember(id, "Member " + UUID.randomUUID(), 2010);
        report(id, memberId, 2023);
        String name = admin().get("/api/associations/{id}", id).then().statusCode(200).extract().path("name");
        return Map.of("id", id, "memberId", memberId, "year", "2023", "name", name);
    }

    /** The same, with a capacity self-assessment. */
    private static Map<String, String> assessed() {
        Map<String, String> association = association();
        owner().body(ASSESSMENT).put("/api/associations/{id}/capacity-assessment", association.get("id"))
                .then().statusCode(201);
        return association;
    }

    private static Map<String, String> with(Map<String, String> fixture, String key, String value) {
        Map<String, String> changed = new HashMap<>(fixture);
        changed.put(key, value);
        return changed;
    }

    private static long version(String associationId) {
        return admin().get("/api/associations/{id}", associationId).then().statusCode(200).extract()
                .jsonPath().getLong("version");
    }

    private static String versioned(String json, long version) {
        return json.substring(0, json.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }
}
