package org.grantsplatform.grants;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.grants.GrantsApi.as;
import static org.grantsplatform.grants.GrantsApi.draft;
import static org.grantsplatform.grants.GrantsApi.grant;
import static org.grantsplatform.grants.GrantsApi.openProgramme;
import static org.grantsplatform.grants.GrantsApi.tranche;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grantsplatform.runtime.testing.HostileCorpus;
import org.grantsplatform.runtime.testing.HostileCorpus.HostileRequest;
import org.grantsplatform.runtime.testing.HostileCorpus.TextProbe;
import org.grantsplatform.runtime.testing.HostileReplay;
import org.grantsplatform.runtime.testing.HostileReplay.Outcome;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A corpus generated from the OpenAPI document: every hostile request answers 4xx problem+json (or, for
 * hostile but legal text, 2xx), never 5xx, and a refused request changes no row in any table.
 */
@QuarkusTest
class HostileInputTest {

    @Inject
    EntityManager em;

    @Test
    void shouldRefuseEveryHostileRequestWithAProblemAndNoWrite() {
        String programme = openProgramme();
        String application = draft(programme);
        String grant = grant();
        String tranche = tranche(grant, 1000);
        String openApi = given().accept("application/json").get("/q/openapi?format=json").asString();
        List<HostileRequest> corpus = HostileCorpus.generate(openApi, ids(programme, application, grant, tranche));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);

        Outcome outcome = HostileReplay.replay(corpus, r -> callerOf(r.method(), r.template()), this::state);
        assertThat(outcome.failures()).as("%d hostile requests, %d accepted as legal", outcome.requests(), outcome.accepted())
                .isEmpty();
    }

    @Test
    void shouldNameEveryTextFieldHoldingAControlCharacter() {
        String programme = openProgramme();
        String application = draft(programme);
        String grant = grant();
        String tranche = tranche(grant, 1000);
        String openApi = given().accept("application/json").get("/q/openapi?format=json").asString();
        List<TextProbe> probes = HostileCorpus.forbiddenText(openApi, ids(programme, application, grant, tranche));
        assertThat(probes).extracting(TextProbe::field).contains("title");
        String before = state();

        assertThat(HostileReplay.unnamed(probes, r -> callerOf(r.method(), r.template())))
                .as("%d text fields", probes.size()).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void shouldRefuseATenMegabyteBodyWith413() {
        String programme = openProgramme();
        String before = state();
        String huge = "{\"title\":\"" + "A".repeat(10 * 1024 * 1024) + "\"}";
        for (String path : List.of("/api/programmes", "/api/applications")) {
            as("admin1").body(huge).when().post(path)
                    .then().statusCode(413).contentType("application/problem+json");
        }
        as("donor1").body("{\"title\":\"" + "A".repeat(256 * 1024) + "\"}").when().put("/api/programmes/" + programme)
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAPageSizeOverAHundred() {
        for (String path : List.of("/api/programmes", "/api/applications", "/api/grants", "/api/associations")) {
            as("admin1").queryParam("size", 101).when().get(path)
                    .then().statusCode(400).contentType("application/problem+json");
            as("admin1").queryParam("size", 100).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldNameAQueryParameterThatIsNotANumberOrNotAValue() {
        for (String[] bad : new String[][] { { "page", "abc" }, { "size", "abc" }, { "page", "-1" },
                { "programmeId", "not-a-uuid" }, { "status", "NOPE" } }) {
            as("admin1").queryParam(bad[0], bad[1]).when().get("/api/applications")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad[0]));
        }
    }

    /** Real ids for the path parameters of each path template. */
    private static Function<String, Map<String, String>> ids(String programme, String application, String grant,
            String tranche) {
        return template -> template.startsWith("/api/programmes") ? Map.of("id", programme)
                : template.startsWith("/api/applications") ? Map.of("id", application)
                : Map.of("id", grant, "trancheId", tranche);
    }

    /** Someone whose role and relation to the object let the request through, so only the input decides. */
    private static String callerOf(String method, String template) {
        if (template.startsWith("/api/programmes")) {
            return TestTokens.bearer("donor1", "donor");
        }
        if (template.endsWith("/screening") || template.contains("/reviewers") || template.startsWith("/api/grants")
                && (template.endsWith("/tranches") || template.endsWith("{trancheId}") && !"GET".equals(method)
                        || template.endsWith("/review") || template.endsWith("/payment"))) {
            return TestTokens.bearer("pm1", "program-manager");
        }
        if (template.endsWith("/decision") || template.endsWith("/approve")) {
            return TestTokens.bearer("donor1", "donor");
        }
        if (template.endsWith("/reviews/mine")) {
            return TestTokens.bearer("reviewer1", "reviewer");
        }
        if (template.startsWith("/api/applications") || template.startsWith("/api/grants") && "POST".equals(method)) {
            return TestTokens.bearer("assoc1", "applicant");
        }
        return TestTokens.bearer("admin1", "admin");
    }

    /**
     * A digest of every row of every table the requests write (the outbox is left out: its relay deletes
     * rows as it publishes them, and a row is only ever written in the transaction of its domain change).
     */
    @Transactional
    String state() {
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery(HostileReplay.TABLES_SQL).getResultList();
        return (String) em.createNativeQuery(HostileReplay.digestSql(tables)).getSingleResult();
    }
}
