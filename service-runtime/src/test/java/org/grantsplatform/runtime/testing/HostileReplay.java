package org.grantsplatform.runtime.testing;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.grantsplatform.runtime.testing.HostileCorpus.HostileRequest;
import org.grantsplatform.runtime.testing.HostileCorpus.TextProbe;

/**
 * Sends a hostile corpus as it is (no charset added, no URL encoding) and collects what went wrong: an
 * answer that is not 2xx or 4xx problem+json, or a refused request that changed the database.
 */
public final class HostileReplay {

    /** The service's tables the requests write (the outbox and inbox change as events move, not per request). */
    public static final String TABLES_SQL = "select table_name from information_schema.tables "
            + "where table_schema = current_schema() and table_type = 'BASE TABLE' "
            + "and table_name not in ('outbox_event', 'inbox_event', 'flyway_schema_history') order by table_name";

    private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    public record Outcome(int requests, int accepted, List<String> failures) {
    }

    private HostileReplay() {
    }

    /** One query whose single text value is a digest of every row of the given tables. */
    public static String digestSql(List<String> tables) {
        return "select " + tables.stream()
                .map(t -> "(select '" + t + "=' || count(*) || ':' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from \""
                        + t + "\" r)")
                .collect(Collectors.joining(" || ' ' || "));
    }

    /**
     * @param authorization the Authorization header for a request: someone allowed to make it, so only the
     *     input decides
     * @param state a digest of the database, read before and after every request
     */
    public static Outcome replay(List<HostileRequest> corpus, Function<HostileRequest, String> authorization,
            Supplier<String> state) {
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        String before = state.get();
        for (HostileRequest r : corpus) {
            Response response = send(r, authorization.apply(r));
            int status = response.statusCode();
            String type = response.contentType();
            String after = state.get();
            if (status >= 200 && status < 300) {
                accepted++;
            } else if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")) {
                String body = response.asString();
                failures.add(status + " " + type + " " + r.method() + " " + r.path() + " [" + r.label() + "] "
                        + (body.length() > 300 ? body.substring(0, 300) : body));
            } else if (!after.equals(before)) {
                failures.add("refused with " + status + " but wrote: " + r.method() + " " + r.path() + " [" + r.label()
                        + "]");
            }
            before = after;
        }
        return new Outcome(corpus.size(), accepted, failures);
    }

    /**
     * Sends each probe and collects those not refused with 400 problem+json whose violation names the probe's field.
     *
     * @param authorization the Authorization header for a request: someone allowed to make it, so only the
     *     input decides
     */
    public static List<String> unnamed(List<TextProbe> probes, Function<HostileRequest, String> authorization) {
        List<String> failures = new ArrayList<>();
        for (TextProbe probe : probes) {
            HostileRequest r = probe.request();
            Response response = send(r, authorization.apply(r));
            String type = response.contentType();
            if (response.statusCode() != 400 || !type.startsWith("application/problem+json")
                    || !probe.field().equals(response.jsonPath().getString("violations[0].field"))) {
                String body = response.asString();
                failures.add(response.statusCode() + " " + r.method() + " " + r.path() + " [" + r.label() + "] "
                        + (body.length() > 300 ? body.substring(0, 300) : body));
            }
        }
        return failures;
    }

    private static Response send(HostileRequest r, String authorization) {
        RequestSpecification spec = given().config(RAW).urlEncodingEnabled(false).header("Authorization", authorization);
        if (r.contentType() != null) {
            spec.contentType(r.contentType());
        }
        if (r.body() != null) {
            spec.body(r.body());
        }
        return spec.request(r.method(), r.path());
    }
}
