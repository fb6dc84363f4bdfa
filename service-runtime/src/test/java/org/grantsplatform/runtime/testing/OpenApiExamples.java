package org.grantsplatform.runtime.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The request body examples of a service's OpenAPI document, which Swagger UI puts in "Try it out" (where a
 * body has none it makes one up: every boolean true, every text "string"). A test sends each example, and
 * {@link #assertEverySent} fails while an operation with a request body was left out.
 */
public final class OpenApiExamples {

    private final JsonPath document;
    private final Set<String> sent = new TreeSet<>();

    private OpenApiExamples(JsonPath document) {
        this.document = document;
    }

    /** The document of the service under test, {@code GET /q/openapi}. */
    public static OpenApiExamples ofServiceUnderTest() {
        return new OpenApiExamples(given().accept("application/json").get("/q/openapi?format=json").jsonPath());
    }

    /**
     * A copy of the example of an operation's request body, the operation named {@code "METHOD /path/{param}"}
     * as the document names it; fails when the body's schema has none.
     */
    public Map<String, Object> example(String operation) {
        String[] parts = operation.split(" ", 2);
        String ref = document.getString("paths.'" + parts[1] + "'." + parts[0].toLowerCase()
                + ".requestBody.content.'application/json'.schema.'$ref'");
        assertThat(ref).as("request body schema of %s", operation).isNotNull();
        String schema = ref.substring(ref.lastIndexOf('/') + 1);
        Map<String, Object> example = document.getMap("components.schemas." + schema + ".examples[0]");
        assertThat(example).as("example of %s, the body of %s", schema, operation).isNotNull();
        return new LinkedHashMap<>(example);
    }

    /** Sends the operation its example as shown, path parameters in order. */
    public ValidatableResponse sendAsShown(RequestSpecification caller, String operation, Object... pathParams) {
        return send(caller, operation, example(operation), pathParams);
    }

    /** Sends the operation its example with values replaced (ids only the test knows), path parameters in order. */
    public ValidatableResponse send(RequestSpecification caller, String operation, Map<String, Object> example,
            Object... pathParams) {
        sent.add(operation);
        String[] parts = operation.split(" ", 2);
        return caller.body(example).request(parts[0], parts[1], pathParams).then();
    }

    /** Fails naming each operation with a request body whose example no test sent. */
    public void assertEverySent() {
        Set<String> withBody = new TreeSet<>();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        paths.forEach((path, methods) -> methods.forEach((method, op) -> {
            if (op instanceof Map<?, ?> operation && operation.containsKey("requestBody")) {
                withBody.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(sent).as("operations whose request body example was sent").isEqualTo(withBody);
    }
}
