package org.grantsplatform.reporting;

import static org.awaitility.Awaitility.await;
import static org.grantsplatform.reporting.TestEvents.application;
import static org.grantsplatform.reporting.TestEvents.association;
import static org.grantsplatform.reporting.TestEvents.grant;
import static org.grantsplatform.reporting.TestEvents.programme;
import static org.grantsplatform.reporting.TestEvents.publish;
import static org.grantsplatform.reporting.TestEvents.tranche;
import static org.grantsplatform.runtime.testing.AccessMatrix.rule;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.grantsplatform.events.EventTypes;
import org.grantsplatform.events.associations.AssociationEvent;
import org.grantsplatform.events.grants.ApplicationData;
import org.grantsplatform.events.grants.ApplicationDecided;
import org.grantsplatform.events.grants.GrantData;
import org.grantsplatform.events.grants.GrantEvent;
import org.grantsplatform.events.grants.ProgrammeEvent;
import org.grantsplatform.runtime.testing.AccessMatrixContract;
import org.grantsplatform.runtime.testing.AccessMatrix.Caller;
import org.grantsplatform.runtime.testing.AccessMatrix.Rule;
import org.grantsplatform.runtime.testing.TestTokens;

/**
 * Every operation of the OpenAPI document × every role of the realm, as API.md puts it: reports are for
 * program managers, admins and donors, donors see only their own programmes' figures (another donor's
 * grant is a 404, and lists leave it out), the rebuild is the admin's.
 */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContract {

    /** Donors of their own, so that their programmes are only the fixture's. */
    private static final String DONOR = "donor-" + UUID.randomUUID();
    private static final String OTHER_DONOR = "donor-" + UUID.randomUUID();
    private static final String[] READERS = { "pm1", "admin1" };

    private static final List<Caller> CALLERS = List.of(Caller.ANONYMOUS, Caller.of("nobody"),
            Caller.of("assoc1", "applicant"), Caller.of("reviewer1", "reviewer"), Caller.of(DONOR, "donor"),
            Caller.of(OTHER_DONOR, "donor"), Caller.of("pm1", "program-manager"), Caller.of("admin1", "admin"));

    /** P: DONOR's open programme; G: its grant, awarded with one upcoming tranche. */
    private static Map<String, String> world;

    @Override
    protected List<Rule> rules() {
        return List.of(
                rule("GET /api/reports/portfolio", "program-manager, admin; donors their own programmes")
                        .fixture(AccessMatrixTest::world).query("groupBy", "programme").object("P")
                        .allow(READERS).sees(DONOR).filters(OTHER_DONOR),
                rule("GET /api/reports/pipeline", "program-manager, admin; donors their own programmes")
                        .fixture(AccessMatrixTest::world).query("programmeId", "{P}")
                        .allow(READERS).allow(DONOR).hides(OTHER_DONOR),
                rule("GET /api/reports/disbursements", "program-manager, admin; donors their own programmes")
                        .fixture(AccessMatrixTest::world).query("state", "upcoming").query("size", "100").object("G")
                        .allow(READERS).sees(DONOR).filters(OTHER_DONOR),
                rule("GET /api/reports/social-performance", "program-manager, admin, donor: association data is public")
                        .allow(READERS).allow(DONOR, OTHER_DONOR),
                rule("GET /api/reports/grants/{grantId}", "program-manager, admin; donors their own programmes' grants")
                        .fixture(AccessMatrixTest::world).object("G")
                        .sees(READERS).sees(DONOR).hides(OTHER_DONOR),
                rule("GET /api/exports/360giving.json", "program-manager, admin; donors their own programmes' grants")
                        .fixture(AccessMatrixTest::world).object("G")
                        .allow(READERS).sees(DONOR).filters(OTHER_DONOR),
                rule("GET /api/exports/iati-activities.xml", "program-manager, admin; donors their own programmes' grants")
                        .fixture(AccessMatrixTest::world).object("G")
                        .allow(READERS).sees(DONOR).filters(OTHER_DONOR),
                rule("GET /api/exports/grants.csv", "program-manager, admin; donors their own programmes' grants")
                        .fixture(AccessMatrixTest::world).object("G")
                        .allow(READERS).sees(DONOR).filters(OTHER_DONOR),
                // both wait for a rebuild to finish, so that none is left running for the next test class
                rule("POST /api/admin/rebuild", "admin").fixture(AccessMatrixTest::noRebuildUnderWay).allow("admin1"),
                rule("GET /api/admin/rebuild", "admin").fixture(AccessMatrixTest::noRebuildUnderWay).allow("admin1"));
    }

    @Override
    protected List<Caller> callers() {
        return CALLERS;
    }

    private static Map<String, String> noRebuildUnderWay() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("admin1", "admin")
                .get("/api/admin/rebuild").then().statusCode(200).body("building", nullValue()));
        return Map.of();
    }

    private static synchronized Map<String, String> world() {
        if (world == null) {
            UUID programme = UUID.randomUUID();
            UUID association = UUID.randomUUID();
            UUID grantId = UUID.randomUUID();
            Instant awarded = Instant.now().minusSeconds(86_400);
            ApplicationData application = application(UUID.randomUUID(), programme, association, "EUR",
                    "MEMBER_TRAINING", List.of("MEMBER_CAPACITY"), "12000.00", "AWARDED",
                    awarded.minusSeconds(864_000), awarded, "10000.00", 4);
            UUID trancheId = UUID.randomUUID();
            GrantData scheduled = grant(grantId, application, awarded, "0.00", "ACTIVE", List.of(tranche(trancheId, 1,
                    "4000.00", LocalDate.now(ZoneOffset.UTC).plusMonths(2), "PLANNED", null)), 1);
            publish(EventTypes.PROGRAMME_PUBLISHED, programme, awarded.minusSeconds(8_640_000),
                    new ProgrammeEvent(programme(programme, TestTokens.subjectOf(DONOR), "Matrix Fund", "EUR", "OPEN", 1)));
            publish(EventTypes.ASSOCIATION_REGISTERED, association, awarded.minusSeconds(86_400_000),
                    new AssociationEvent(association(association, "KE", "AFRICA", 12, 0, null, null)));
            publish(EventTypes.APPLICATION_DECIDED, application.id(), awarded, new ApplicationDecided(application, null,
                    grant(grantId, application, awarded, "0.00", "ACTIVE", List.of(), 0)));
            publish(EventTypes.TRANCHE_SCHEDULED, grantId, awarded.plusSeconds(60), new GrantEvent(scheduled, trancheId));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(DONOR, "donor")
                    .queryParam("state", "upcoming").get("/api/reports/disbursements")
                    .then().statusCode(200).body("items[0].grantId", equalTo(grantId.toString())));
            world = Map.of("P", programme.toString(), "G", grantId.toString(), "grantId", grantId.toString());
        }
        return world;
    }
}
