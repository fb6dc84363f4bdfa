package org.grantsplatform.grants;

import static org.grantsplatform.grants.GrantsApi.TODAY;
import static org.grantsplatform.grants.GrantsApi.application;
import static org.grantsplatform.grants.GrantsApi.approve;
import static org.grantsplatform.grants.GrantsApi.assign;
import static org.grantsplatform.grants.GrantsApi.association;
import static org.grantsplatform.grants.GrantsApi.decide;
import static org.grantsplatform.grants.GrantsApi.draft;
import static org.grantsplatform.grants.GrantsApi.draftProgramme;
import static org.grantsplatform.grants.GrantsApi.openProgramme;
import static org.grantsplatform.grants.GrantsApi.programme;
import static org.grantsplatform.grants.GrantsApi.reportMilestone;
import static org.grantsplatform.grants.GrantsApi.requestDisbursement;
import static org.grantsplatform.grants.GrantsApi.subject;
import static org.grantsplatform.grants.GrantsApi.submitted;
import static org.grantsplatform.grants.GrantsApi.tranche;
import static org.grantsplatform.grants.GrantsApi.underReview;
import static org.grantsplatform.runtime.testing.AccessMatrix.rule;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.grantsplatform.runtime.testing.AccessMatrixContract;
import org.grantsplatform.runtime.testing.AccessMatrix.Caller;
import org.grantsplatform.runtime.testing.AccessMatrix.Rule;

/**
 * Every operation of the OpenAPI document × every role of the realm × own / foreign object, as API.md puts
 * it. The objects belong to assoc1 (its association), donor1 (the programme) and reviewer1 (assigned);
 * assoc2, donor2 and reviewer2 hold the same roles without the relation. Outside the caller's scope an
 * object is a 404, a visible object the caller may not change a 403, a wrong role a 403. Bodies are
 * valid and objects in the right state, so only access decides.
 */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContract {

    private static final String[] EVERYONE = { "nobody", "assoc1", "assoc2", "donor1", "donor2", "reviewer1",
            "reviewer2", "pm1", "admin1" };
    private static final String[] MANAGERS = { "pm1", "admin1" };
    /** Who sees an application of assoc1 to donor1's programme under review by reviewer1, and its grant. */
    private static final String[] APPLICATION_SCOPE = { "assoc1", "donor1", "reviewer1", "pm1", "admin1" };
    private static final String[] OUTSIDE_APPLICATION = { "assoc2", "donor2", "reviewer2", "nobody" };
    private static final String[] GRANT_SCOPE = { "assoc1", "donor1", "pm1", "admin1" };
    private static final String[] OUTSIDE_GRANT = { "assoc2", "donor2", "reviewer1", "reviewer2", "nobody" };

    private static final List<Caller> CALLERS = List.of(Caller.ANONYMOUS, Caller.of("nobody"),
            Caller.of("assoc1", "applicant"), Caller.of("assoc2", "applicant"), Caller.of("donor1", "donor"),
            Caller.of("donor2", "donor"), Caller.of("reviewer1", "reviewer"), Caller.of("reviewer2", "reviewer"),
            Caller.of("pm1", "program-manager"), Caller.of("admin1", "admin"));

    @Override
    protected List<Rule> rules() {
        return List.of(
                rule("POST /api/programmes", "donor, admin; the caller becomes its donor")
                        .body(f -> programme()).allow("donor1", "donor2", "admin1"),
                rule("GET /api/programmes", "any; drafts only their donor, program-manager, admin")
                        .fixture(AccessMatrixTest::draftProgrammeOfDonor1).query("status", "DRAFT")
                        .query("size", "100").object("id")
                        .sees("donor1", "pm1", "admin1").filters("nobody", "assoc1", "assoc2", "donor2", "reviewer1",
                                "reviewer2"),
                rule("GET /api/programmes/{id}", "any; drafts only their donor, program-manager, admin")
                        .fixture(AccessMatrixTest::draftProgrammeOfDonor1)
                        .allow("donor1", "pm1", "admin1").hides("nobody", "assoc1", "assoc2", "donor2", "reviewer1",
                                "reviewer2"),
                rule("PUT /api/programmes/{id}", "its donor, admin; while DRAFT")
                        .fixture(AccessMatrixTest::draftProgrammeOfDonor1).body(f -> programme("version", 0))
                        .allow("donor1", "admin1").hides("donor2"),
                rule("POST /api/programmes/{id}/publish", "its donor, admin")
                        .fixture(AccessMatrixTest::draftProgrammeOfDonor1).allow("donor1", "admin1").hides("donor2"),
                rule("POST /api/programmes/{id}/close", "its donor, admin")
                        .fixture(() -> Map.of("id", openProgramme())).allow("donor1", "admin1"),
                rule("GET /api/programmes/{id}/eligibility", "applicants about their own associations; donor, "
                        + "program-manager, admin about any")
                        .fixture(() -> Map.of("id", openProgramme(), "A", association())).query("associationId", "{A}")
                        .allow("assoc1", "donor1", "donor2", "pm1", "admin1").hides("assoc2"),

                rule("POST /api/applications", "applicant, for one of the caller's associations")
                        .fixture(() -> Map.of("P", openProgramme()))
                        .body(f -> application(f.get("P"), association())).allow("assoc1"),
                rule("GET /api/applications", "applicants their associations', donors their programmes', reviewers "
                        + "assigned to them, program-manager and admin all")
                        .fixture(AccessMatrixTest::underReviewByReviewer1).query("programmeId", "{P}").object("id")
                        .sees(APPLICATION_SCOPE).filters(OUTSIDE_APPLICATION),
                rule("GET /api/applications/{id}", "scoped; a DRAFT only its association's owners, program-manager, "
                        + "admin")
                        .fixture(AccessMatrixTest::draftOfAssoc1)
                        .allow("assoc1", "pm1", "admin1").hides("nobody", "assoc2", "donor1", "donor2", "reviewer1",
                                "reviewer2"),
                rule("PUT /api/applications/{id}", "its association's owners; while DRAFT")
                        .fixture(AccessMatrixTest::draftOfAssoc1).body(f -> versioned(application(f.get("P"),
                                association()), 0))
                        .allow("assoc1").hides("assoc2"),
                rule("POST /api/applications/{id}/submit", "its association's owners")
                        .fixture(AccessMatrixTest::draftOfAssoc1).allow("assoc1").hides("assoc2"),
                rule("POST /api/applications/{id}/withdraw", "its association's owners; before a decision")
                        .fixture(AccessMatrixTest::underReviewByReviewer1).allow("assoc1").hides("assoc2"),
                rule("GET /api/applications/{id}/history", "scoped like the application")
                        .fixture(AccessMatrixTest::underReviewByReviewer1)
                        .allow(APPLICATION_SCOPE).hides(OUTSIDE_APPLICATION),
                rule("POST /api/applications/{id}/screening", "program-manager (and admin)")
                        .fixture(() -> Map.of("id", submitted(openProgramme())))
                        .body(f -> Map.of("eligible", true, "note", "fits")).allow(MANAGERS),
                rule("POST /api/applications/{id}/reviewers", "program-manager (and admin)")
                        .fixture(AccessMatrixTest::underReviewByReviewer1)
                        .body(f -> Map.of("subjects", List.of(subject("reviewer2")))).allow(MANAGERS),
                rule("DELETE /api/applications/{id}/reviewers/{subject}", "program-manager (and admin)")
                        .fixture(() -> withReviewer1(underReviewByReviewer1())).allow(MANAGERS),
                rule("GET /api/reviewers", "program-manager (and admin)").allow(MANAGERS),
                rule("PUT /api/applications/{id}/reviews/mine", "an assigned reviewer")
                        .fixture(AccessMatrixTest::underReviewByReviewer1)
                        .body(f -> Map.of("conflictOfInterest", false, "scores", List.of(
                                Map.of("criterion", "relevance", "score", 5),
                                Map.of("criterion", "feasibility", "score", 5))))
                        .allow("reviewer1").hides("reviewer2"),
                rule("POST /api/applications/{id}/decision", "the programme's donor")
                        .fixture(AccessMatrixTest::underReviewByReviewer1)
                        .body(f -> Map.of("outcome", "AWARD", "amount", 1000, "reason", "ok"))
                        .allow("donor1").hides("donor2"),

                rule("GET /api/grants", "scoped like applications").fixture(AccessMatrixTest::grantWithTranche)
                        .query("programmeId", "{P}").object("id").sees(GRANT_SCOPE).filters(OUTSIDE_GRANT),
                rule("GET /api/grants/{id}", "scoped like applications").fixture(AccessMatrixTest::grantWithTranche)
                        .allow(GRANT_SCOPE).hides(OUTSIDE_GRANT),
                rule("GET /api/grants/{id}/history", "scoped like applications")
                        .fixture(AccessMatrixTest::grantWithTranche).allow(GRANT_SCOPE).hides(OUTSIDE_GRANT),
                rule("POST /api/grants/{id}/tranches", "program-manager (and admin)")
                        .fixture(AccessMatrixTest::grantWithTranche)
                        .body(f -> Map.of("amount", 100, "dueDate", TODAY.plusMonths(1).toString(), "milestone", "m"))
                        .allow(MANAGERS),
                rule("PUT /api/grants/{id}/tranches/{trancheId}", "program-manager (and admin); while PLANNED")
                        .fixture(AccessMatrixTest::grantWithTranche)
                        .body(f -> Map.of("amount", 200, "dueDate", TODAY.plusMonths(2).toString(), "milestone", "m",
                                "version", 0))
                        .allow(MANAGERS),
                rule("DELETE /api/grants/{id}/tranches/{trancheId}", "program-manager (and admin); while PLANNED")
                        .fixture(AccessMatrixTest::grantWithTranche).allow(MANAGERS),
                rule("GET /api/grants/{id}/tranches/{trancheId}", "scoped like applications")
                        .fixture(AccessMatrixTest::grantWithTranche).allow(GRANT_SCOPE).hides(OUTSIDE_GRANT),
                rule("POST /api/grants/{id}/tranches/{trancheId}/milestone-report", "the grantee's owners")
                        .fixture(AccessMatrixTest::grantWithTranche)
                        .body(f -> Map.of("narrative", "officer hired")).allow("assoc1").hides("assoc2"),
                rule("POST /api/grants/{id}/tranches/{trancheId}/milestone-report/review", "program-manager (and admin)")
                        .fixture(grantWithTrancheAnd(t -> reportMilestone("assoc1", t.get("id"), t.get("trancheId"))
                                .statusCode(200)))
                        .body(f -> Map.of("accepted", true, "note", "fine")).allow(MANAGERS),
                rule("POST /api/grants/{id}/tranches/{trancheId}/disbursement-request", "program-manager (and admin)")
                        .fixture(AccessMatrixTest::grantWithTranche).allow(MANAGERS),
                rule("POST /api/grants/{id}/tranches/{trancheId}/approve", "the programme's donor, not the requester")
                        .fixture(grantWithTrancheAnd(t -> requestDisbursement("pm1", t.get("id"), t.get("trancheId"))
                                .statusCode(200)))
                        .allow("donor1").hides("donor2"),
                rule("POST /api/grants/{id}/tranches/{trancheId}/payment", "program-manager (and admin)")
                        .fixture(grantWithTrancheAnd(t -> {
                            requestDisbursement("pm1", t.get("id"), t.get("trancheId")).statusCode(200);
                            approve("donor1", t.get("id"), t.get("trancheId")).statusCode(200);
                        }))
                        .body(f -> Map.of("paidOn", TODAY.toString(), "reference", "TX-1")).allow(MANAGERS),

                rule("GET /api/associations", "any: facts learnt from associations events").allow(EVERYONE),
                rule("GET /api/associations/{id}", "any: facts learnt from associations events")
                        .fixture(() -> Map.of("id", association())).allow(EVERYONE));
    }

    @Override
    protected List<Caller> callers() {
        return CALLERS;
    }

    private static Map<String, String> draftProgrammeOfDonor1() {
        return Map.of("id", draftProgramme("donor1", programme()));
    }

    /** assoc1's DRAFT application to donor1's open programme P. */
    private static Map<String, String> draftOfAssoc1() {
        String p = openProgramme();
        return Map.of("id", draft(p), "P", p);
    }

    /** assoc1's application to donor1's programme P, UNDER_REVIEW, reviewer1 assigned. */
    private static Map<String, String> underReviewByReviewer1() {
        String p = openProgramme();
        String a = underReview(p);
        assign(a, "reviewer1").statusCode(200);
        return Map.of("id", a, "P", p);
    }

    private static Map<String, String> withReviewer1(Map<String, String> fixture) {
        Map<String, String> withSubject = new HashMap<>(fixture);
        withSubject.put("subject", subject("reviewer1"));
        return withSubject;
    }

    /** An ACTIVE grant to assoc1's association from donor1's programme P, with one PLANNED tranche. */
    private static Map<String, String> grantWithTranche() {
        String p = openProgramme();
        String g = decide("donor1", underReview(p), 20000).statusCode(200).extract().path("grantId");
        return Map.of("id", g, "P", p, "trancheId", tranche(g, 5000));
    }

    /** A grant with a tranche, taken one step further. */
    private static Supplier<Map<String, String>> grantWithTrancheAnd(Consumer<Map<String, String>> step) {
        return () -> {
            Map<String, String> grant = grantWithTranche();
            step.accept(grant);
            return grant;
        };
    }

    private static Map<String, Object> versioned(Map<String, Object> body, long version) {
        Map<String, Object> versioned = new HashMap<>(body);
        versioned.put("version", version);
        return versioned;
    }
}
