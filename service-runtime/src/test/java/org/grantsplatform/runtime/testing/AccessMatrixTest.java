package org.grantsplatform.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grantsplatform.runtime.testing.AccessMatrix.rule;

import java.util.List;
import org.grantsplatform.runtime.testing.AccessMatrix.Access;
import org.grantsplatform.runtime.testing.AccessMatrix.Caller;
import org.junit.jupiter.api.Test;

/** The matrix machinery itself: the build breaks when the rules and the OpenAPI document drift apart. */
class AccessMatrixTest {

    private static final String OPENAPI = """
            {"openapi":"3.1.0","paths":{
              "/api/things":{"get":{},"post":{},"parameters":[]},
              "/api/things/{id}":{"put":{}},
              "/q/health":{"get":{}}}}""";

    @Test
    void shouldListEveryOperationUnderApiWithItsPathTemplate() {
        assertThat(AccessMatrix.operations(OPENAPI))
                .containsExactly("GET /api/things", "POST /api/things", "PUT /api/things/{id}");
    }

    @Test
    void shouldPassWhenEveryOperationHasExactlyOneRule() {
        assertThatCode(() -> AccessMatrix.assertRulesMatch(OPENAPI, List.of(rule("GET /api/things", "any"),
                rule("POST /api/things", "admin"), rule("PUT /api/things/{id}", "owner")))).doesNotThrowAnyException();
    }

    @Test
    void shouldFailForAnOperationWithoutARule() {
        assertThatThrownBy(() -> AccessMatrix.assertRulesMatch(OPENAPI, List.of(rule("GET /api/things", "any"),
                rule("POST /api/things", "admin"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PUT /api/things/{id}");
    }

    @Test
    void shouldFailForARuleWhoseOperationIsGone() {
        assertThatThrownBy(() -> AccessMatrix.assertRulesMatch(OPENAPI, List.of(rule("GET /api/things", "any"),
                rule("POST /api/things", "admin"), rule("PUT /api/things/{id}", "owner"),
                rule("DELETE /api/things/{id}", "admin"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DELETE /api/things/{id}");
    }

    @Test
    void shouldFailForAnOperationWithTwoRules() {
        assertThatThrownBy(() -> AccessMatrix.assertRulesMatch(OPENAPI, List.of(rule("GET /api/things", "any"),
                rule("POST /api/things", "admin"), rule("PUT /api/things/{id}", "owner"),
                rule("GET /api/things", "admin"))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/things");
    }

    @Test
    void shouldGiveEveryCallerWhatTheRuleSaysAndNoTokenA401() {
        AccessMatrix.Rule rule = rule("PUT /api/things/{id}", "owner, admin").allow("owner", "admin").hides("stranger");
        List<Caller> callers = List.of(Caller.ANONYMOUS, Caller.of("owner", "applicant"),
                Caller.of("stranger", "applicant"), Caller.of("donor", "donor"), Caller.of("admin", "admin"));

        assertThat(AccessMatrix.cases(List.of(rule), callers).map(AccessMatrix.Case::expected)).containsExactly(
                Access.UNAUTHENTICATED, Access.ALLOWED, Access.HIDDEN, Access.FORBIDDEN, Access.ALLOWED);
    }
}
