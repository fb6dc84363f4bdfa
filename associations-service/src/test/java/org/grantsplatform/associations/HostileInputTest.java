package org.grantsplatform.associations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.associations.TestApi.addMember;
import static org.grantsplatform.associations.TestApi.admin;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.report;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
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
        String association = registerAssociation();
        String member = addMember(association, "Hostile MFI", 2010);
        report(association, member, 2023);
        String openApi = given().accept("application/json").get("/q/openapi?format=json").asString();
        List<HostileRequest> corpus = HostileCorpus.generate(openApi,
                Map.of("id", association, "memberId", member, "year", "2023"));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);

        Outcome outcome = HostileReplay.replay(corpus, r -> TestTokens.bearer("admin1", "admin"), this::state);
        assertThat(outcome.failures()).as("%d hostile requests, %d accepted as legal", outcome.requests(), outcome.accepted())
                .isEmpty();
    }

    @Test
    void shouldNameEveryTextFieldHoldingAControlCharacter() {
        String association = registerAssociation();
        String member = addMember(association, "Control MFI", 2010);
        String openApi = given().accept("application/json").get("/q/openapi?format=json").asString();
        List<TextProbe> probes = HostileCorpus.forbiddenText(openApi,
                template -> Map.of("id", association, "memberId", member, "year", "2023"));
        assertThat(probes).extracting(TextProbe::field).contains("name", "contactEmail");
        String before = state();

        assertThat(HostileReplay.unnamed(probes, r -> TestTokens.bearer("admin1", "admin")))
                .as("%d text fields", probes.size()).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void shouldRefuseATenMegabyteBodyWith413() {
        String association = registerAssociation();
        String before = state();
        String huge = "{\"name\":\"" + "A".repeat(10 * 1024 * 1024) + "\"}";
        for (String path : List.of("/api/associations", "/api/associations/" + association + "/members")) {
            admin().body(huge).when().post(path)
                    .then().statusCode(413).contentType("application/problem+json");
        }
        admin().body("{\"name\":\"" + "A".repeat(256 * 1024) + "\"}").when().put("/api/associations/" + association)
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAPageSizeOverAHundred() {
        String association = registerAssociation();
        for (String path : List.of("/api/associations", "/api/associations/" + association + "/members",
                "/api/associations/" + association + "/sp-reports")) {
            admin().queryParam("size", 101).when().get(path)
                    .then().statusCode(400).contentType("application/problem+json");
            admin().queryParam("size", 100).when().get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldNameAQueryParameterThatIsNotANumberOrNotAValue() {
        for (String[] bad : new String[][] { { "page", "abc" }, { "size", "abc" }, { "page", "-1" },
                { "region", "ATLANTIS" } }) {
            admin().queryParam(bad[0], bad[1]).when().get("/api/associations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad[0]));
        }
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
