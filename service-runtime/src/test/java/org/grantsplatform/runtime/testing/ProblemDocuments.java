package org.grantsplatform.runtime.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What every service's OpenAPI document says about errors, as {@code ProblemResponses} makes it say. */
public final class ProblemDocuments {

    private ProblemDocuments() {
    }

    /**
     * Every 4xx and 5xx answer of every operation of the service under test has an {@code application/problem+json}
     * body of the {@code Problem} schema, every {@code /api} operation documents the 401 of a missing or bad token,
     * and the schema describes the problem's fields; returns how many error answers.
     */
    public static int assertEveryErrorIsAProblem() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> errors = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<String> without401 = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (responses == null) {
                return;
            }
            if (path.startsWith("/api/") && !responses.containsKey("401")) {
                without401.add(method.toUpperCase() + " " + path);
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    String answer = method.toUpperCase() + " " + path + " " + code;
                    errors.add(answer);
                    String ref = document.getString("paths.'" + path + "'." + method + ".responses.'" + code
                            + "'.content.'application/problem+json'.schema.'$ref'");
                    if (!"#/components/schemas/Problem".equals(ref)) {
                        without.add(answer);
                    }
                }
            });
        }));
        assertThat(without).as("error answers without the Problem body").isEmpty();
        assertThat(without401).as("operations without the 401 of a missing token").isEmpty();
        assertThat(document.getMap("components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail", "violations");
        return errors.size();
    }
}
