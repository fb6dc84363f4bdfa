package org.grantsplatform.grants.history;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grantsplatform.grants.GrantsApi.draft;
import static org.grantsplatform.grants.GrantsApi.openProgramme;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HistoryEntryTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldRefuseToUpdateOrDeleteAnyHistoryEntry() throws SQLException {
        draft(openProgramme());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update history_entry set note = 'rewritten'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("never updated or deleted");
            assertThatThrownBy(() -> s.executeUpdate("delete from history_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("never updated or deleted");
        }
    }
}
