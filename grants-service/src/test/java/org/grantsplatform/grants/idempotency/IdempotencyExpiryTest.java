package org.grantsplatform.grants.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grantsplatform.grants.GrantsApi.*;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Keys are kept platform.idempotency.retention (24 hours): the tests age a key by moving its claim back. */
@QuarkusTest
class IdempotencyExpiryTest {

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyRetention retention;

    @Test
    void shouldTreatAnExpiredKeyAsNewAndActAgain() throws SQLException {
        String programme = openProgramme();
        String first = underReview(programme);
        String second = underReview(programme);
        String key = "expiring-" + first;
        award(key, first).statusCode(200);

        claimedHoursAgo(key, 23);
        award(key, second).statusCode(422);
        claimedHoursAgo(key, 25);
        award(key, second).statusCode(200).header("Idempotency-Replayed", nullValue())
                .body("status", equalTo("AWARDED"));
        award(key, second).statusCode(200).header("Idempotency-Replayed", "true");
        as("donor1").get("/api/programmes/" + programme).then().body("committed", equalTo(20000.00f));
    }

    @Test
    void shouldPruneTheKeysOlderThanTheRetention() throws SQLException {
        String programme = openProgramme();
        String first = underReview(programme);
        String second = underReview(programme);
        String expired = "pruned-" + first;
        String kept = "kept-" + second;
        award(expired, first).statusCode(200);
        award(kept, second).statusCode(200);
        claimedHoursAgo(expired, 25);

        assertThat(retention.pruneNow()).isPositive();

        assertThat(rows(expired)).isZero();
        assertThat(rows(kept)).isOne();
    }

    private static ValidatableResponse award(String key, String applicationId) {
        return as("donor1").header("Idempotency-Key", key)
                .body(Map.of("outcome", "AWARD", "amount", 10000, "reason", "good"))
                .post("/api/applications/" + applicationId + "/decision").then();
    }

    private void claimedHoursAgo(String key, int hours) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("update "
                + "idempotency_record set created_at = now() - make_interval(hours => ?) where idempotency_key = ?")) {
            ps.setInt(1, hours);
            ps.setString(2, key);
            assertThat(ps.executeUpdate()).isOne();
        }
    }

    private int rows(String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from idempotency_record where idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
