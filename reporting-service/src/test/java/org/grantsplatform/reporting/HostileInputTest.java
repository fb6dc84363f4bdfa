package org.grantsplatform.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.grantsplatform.runtime.testing.HostileCorpus;
import org.grantsplatform.runtime.testing.HostileCorpus.HostileRequest;
import org.grantsplatform.runtime.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A corpus of hostile parameters generated from the OpenAPI document, sent by an admin (who may call
 * everything, so only the input decides): every one answers 4xx problem+json or, for hostile but legal
 * text, 2xx; never 5xx; and the read model is the same afterwards.
 */
@QuarkusTest
class HostileInputTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRefuseEveryHostileParameterWithAProblemAndNoWrite() {
        String openApi = given().accept("application/json").get("/q/openapi?format=json").asString();
        List<HostileRequest> corpus = HostileCorpus.parameters(openApi, Map.of("grantId", UUID.randomUUID().toString()));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
        String before = quietState();

        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (HostileRequest r : corpus) {
            Response response = given().config(RAW).urlEncodingEnabled(false)
                    .header("Authorization", TestTokens.bearer("admin1", "admin"))
                    .request(r.method(), r.path());
            int status = response.statusCode();
            String type = response.contentType();
            if (status >= 200 && status < 300) {
                accepted++;
            } else if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")) {
                failures.add(status + " " + type + " " + r.method() + " " + r.path() + " [" + r.label() + "] "
                        + response.asString());
            }
        }
        assertThat(failures).as("%d hostile requests, %d accepted as legal", corpus.size(), accepted).isEmpty();
        assertThat(state()).as("the read model after the corpus").isEqualTo(before);
    }

    @Test
    void shouldRefuseAPageOrSizeThatIsNotANumberOrOutOfRangeNamingIt() {
        for (String[] bad : new String[][] { { "page", "abc" }, { "page", "-1" }, { "page", "1.5" },
                { "size", "abc" }, { "size", "101" }, { "size", "0" }, { "size", "99999999999" } }) {
            given().header("Authorization", TestTokens.bearer("admin1", "admin"))
                    .queryParam(bad[0], bad[1]).get("/api/reports/disbursements")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(bad[0]));
        }
    }

    /** The state once the consumer has applied what earlier tests published: unchanged for two seconds. */
    private String quietState() {
        AtomicReference<String> last = new AtomicReference<>(state());
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> last.getAndSet(state()).equals(last.get()));
        return last.get();
    }

    /** A digest of every row of every table of every schema the service owns. */
    private String state() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_schema, table_name from information_schema.tables "
                    + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') "
                    + "and table_name <> 'flyway_schema_history' order by 1, 2")) {
                while (rs.next()) {
                    tables.add("\"" + rs.getString(1) + "\".\"" + rs.getString(2) + "\"");
                }
            }
            StringBuilder digest = new StringBuilder();
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(r::text, '|' "
                        + "order by r::text)), '') from " + t + " r")) {
                    rs.next();
                    digest.append(t).append('=').append(rs.getString(1)).append(' ');
                }
            }
            return digest.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
