package org.grantsplatform.associations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.associations.TestApi.addMember;
import static org.grantsplatform.associations.TestApi.admin;
import static org.grantsplatform.associations.TestApi.registerAssociation;
import static org.grantsplatform.associations.TestApi.report;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grantsplatform.runtime.testing.HostileCorpus;
import org.grantsplatform.runtime.testing.HostileCorpus.HostileRequest;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A corpus generated from the OpenAPI document: every hostile request answers 4xx problem+json (or, for
 * hostile but legal text, 2xx), never 5xx, and a refused request changes no row in any table.
 */
@QuarkusTest
class HostileInputTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

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

        List<String> failures = new ArrayList<>();
        int accepted = 0;
        String state = state();
        for (HostileRequest r : corpus) {
            Response response = send(r);
            int status = response.statusCode();
            String type = response.contentType();
            String after = state();
            if (status >= 200 && status < 300) {
                accepted++;
            } else if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")) {
                failures.add(status + " " + type + " " + r.method() + " " + r.path() + " [" + r.label() + "] "
                        + abbreviate(response.asString()));
            } else if (!after.equals(state)) {
                failures.add("refused with " + status + " but wrote: " + r.method() + " " + r.path() + " [" + r.label()
                        + "]");
            }
            state = after;
        }
        assertThat(failures).as("%d hostile requests, %d accepted as legal", corpus.size(), accepted).isEmpty();
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

    private Response send(HostileRequest r) {
        RequestSpecification spec = given().config(RAW).urlEncodingEnabled(false)
                .header("Authorization", TestTokens.bearer("admin1", "admin"));
        if (r.contentType() != null) {
            spec.contentType(r.contentType());
        }
        if (r.body() != null) {
            spec.body(r.body());
        }
        return spec.request(r.method(), r.path());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    /**
     * A digest of every row of every table the requests write (the outbox is left out: its relay deletes
     * rows as it publishes them, and a row is only ever written in the transaction of its domain change).
     */
    @Transactional
    String state() {
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE' "
                + "and table_name not in ('outbox_event', 'inbox_event', 'flyway_schema_history') order by table_name")
                .getResultList();
        String digest = tables.stream()
                .map(t -> "(select '" + t + "=' || count(*) || ':' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from \""
                        + t + "\" r)")
                .collect(Collectors.joining(" || ' ' || "));
        return (String) em.createNativeQuery("select " + digest).getSingleResult();
    }
}
