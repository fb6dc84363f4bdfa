package org.grantsplatform.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.grantsplatform.runtime.testing.ProblemDocuments;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void shouldGiveEveryErrorTheProblemBody() {
        assertThat(ProblemDocuments.assertEveryErrorIsAProblem()).as("error answers documented").isGreaterThan(15);
    }
}
