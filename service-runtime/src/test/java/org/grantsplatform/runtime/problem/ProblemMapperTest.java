package org.grantsplatform.runtime.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import javax.transaction.xa.XAException;
import org.grantsplatform.runtime.json.JsonConfig;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    enum Region { AFRICA, ASIA }

    record Body(Region region, BigDecimal amount, List<Line> lines, String name, List<String> tags) {
    }

    record Line(int quantity, String note) {
    }

    /** As JSON escapes: every C0 control but tab and line breaks, the two non-characters, lone surrogates. */
    static final List<String> FORBIDDEN = List.of("\\u0000", "\\u0001", "\\u0008", "\\u000b", "\\u000c", "\\u001b",
            "\\u001f", "\\ufffe", "\\uffff", "\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\ude00\\ud83d");

    private final ProblemMapper mapper = new ProblemMapper();
    private final ObjectMapper json = new ObjectMapper();

    ProblemMapperTest() {
        new JsonConfig().customize(json);
    }

    @Test
    void shouldNameTheFieldAndTheAllowedValuesOfAnUnknownEnum() {
        InvalidFormatException e = catchJson("{\"region\":\"MARS\"}", InvalidFormatException.class);

        Problem problem = problem(mapper.mapping(e));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("region");
            assertThat(v.message()).isEqualTo("must be one of [AFRICA, ASIA]");
        });
    }

    @Test
    void shouldNameTheNestedFieldOfAWrongType() {
        MismatchedInputException e = catchJson("{\"lines\":[{\"quantity\":\"many\"}]}", MismatchedInputException.class);

        Problem problem = problem(mapper.mismatched(e));

        assertThat(problem.violations()).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("lines[0].quantity"));
    }

    @Test
    void shouldNameEveryTextFieldHoldingACharacterThatNoExportCouldCarry() {
        for (String c : FORBIDDEN) {
            for (String[] body : new String[][] { { "{\"name\":\"Assoc" + c + "iation\"}", "name" },
                    { "{\"lines\":[{\"quantity\":1,\"note\":\"ok\"},{\"quantity\":2,\"note\":\"" + c + "\"}]}",
                            "lines[1].note" },
                    { "{\"tags\":[\"ok\",\"a" + c + "\"]}", "tags[1]" } }) {
                JsonMappingException e = catchJson(body[0], JsonMappingException.class);

                Problem problem = problem(mapper.mapping(e));

                assertThat(problem.status()).as(body[0]).isEqualTo(400);
                assertThat(problem.violations()).as(body[0]).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo(body[1]);
                    assertThat(v.message()).startsWith("contains U+").contains("not allowed");
                });
            }
        }
    }

    @Test
    void shouldAcceptTabsLineBreaksAndCharactersOutsideTheBasicPlane() throws Exception {
        Body body = json.readValue("{\"name\":\"a\\tb\\r\\nc \\ud83d\\ude00 \\u007f \\u0085 \\ufffd\"}", Body.class);

        assertThat(body.name()).isEqualTo("a\tb\r\nc \ud83d\ude00 \u007f \u0085 \ufffd");
    }

    @Test
    void shouldAnswerAStaleVersionWithConflict() {
        Response response = mapper.unexpected(new RuntimeException(new OptimisticLockException("stale")));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldAnswerAValueTheDatabaseCannotHoldWithBadRequest() {
        SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");

        Problem problem = problem(mapper.unexpected(new RuntimeException("could not execute", nul)));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).doesNotContain("UTF8");
    }

    @Test
    void shouldAnswerALostDatabaseConnectionWithServiceUnavailable() {
        SQLException restart = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");

        for (SQLException cause : List.of(restart, io)) {
            Response response = mapper.unexpected(new RuntimeException("could not execute", cause));
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
            assertThat(problem(response).detail()).doesNotContain("FATAL", "backend");
        }
    }

    @Test
    void shouldAnswerACommitTheShuttingDownServerRefusedWithServiceUnavailable() {
        Response refused = mapper.unexpected(new RuntimeException(commitFailedBy(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))));
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeaderString("Retry-After")).isEqualTo("1");

        // a connection lost during the commit: it may have landed, so no "try again"
        Response unknown = mapper.unexpected(new RuntimeException(commitFailedBy(
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertThat(unknown.getStatus()).isEqualTo(500);
    }

    /** As Narayana reports a failed one-phase commit: the reason is suppressed, not the cause. */
    private static RollbackException commitFailedBy(SQLException reason) {
        XAException xa = new XAException("Error trying to transactionCommit local transaction: " + reason.getMessage());
        xa.initCause(reason);
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        return rollback;
    }

    @Test
    void shouldHideTheInternalsOfAnUnexpectedError() {
        Problem problem = problem(mapper.unexpected(new NullPointerException("secret.internal.State")));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.detail()).startsWith("unexpected error; reference ").doesNotContain("secret");
    }

    @Test
    void shouldCarryTheViolationsOfABusinessRule() {
        ProblemException refused = ProblemException.unprocessable("not eligible",
                List.of(new Problem.Violation("requestedAmount", "over the maximum grant", "maxGrant", "50000", "60000")));

        Problem problem = problem(mapper.problem(refused));

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.violations().get(0).rule()).isEqualTo("maxGrant");
    }

    private <T extends Exception> T catchJson(String body, Class<T> type) {
        try {
            json.readValue(body, Body.class);
        } catch (Exception e) {
            assertThat(e).isInstanceOf(type);
            return type.cast(e);
        }
        throw new AssertionError("expected " + type.getSimpleName());
    }

    private static Problem problem(Response response) {
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }
}
