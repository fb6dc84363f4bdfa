package org.grantsplatform.runtime.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.stream.Stream;
import org.grantsplatform.runtime.testing.AccessMatrix.Caller;
import org.grantsplatform.runtime.testing.AccessMatrix.Case;
import org.grantsplatform.runtime.testing.AccessMatrix.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A service's authorization matrix: its rules must match its OpenAPI document operation for operation,
 * and every rule × every caller answers as the rule says. A service's test extends it with its table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AccessMatrixContract {

    /** One rule per operation of the OpenAPI document. */
    protected abstract List<Rule> rules();

    /** Every role of the realm, with and without a relation to the fixtures, no role, and no token. */
    protected abstract List<Caller> callers();

    @Test
    void shouldHaveARuleForEveryOperationOfTheOpenApiDocument() {
        AccessMatrix.assertRulesMatch(given().accept("application/json").get("/q/openapi?format=json").asString(),
                rules());
    }

    Stream<Case> matrix() {
        return AccessMatrix.cases(rules(), callers());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void shouldAnswerAsTheRuleSays(Case request) {
        request.run();
    }
}
