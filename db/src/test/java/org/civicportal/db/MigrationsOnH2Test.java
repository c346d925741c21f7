package org.civicportal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations run on the embedded database the portal uses by default (H2 in MySQL mode). */
class MigrationsOnH2Test {

    @Test
    void allMigrationsApplyToAnEmptyH2DatabaseInMySqlMode() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");

        MigrateResult result = DatabaseMigration.migrate(h2);

        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 1, "at least the first migration ran");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertTrue(tables.containsAll(List.of("account", "account_role", "account_token", "outbound_mail", "membership_category", "dues_schedule", "membership", "invoice", "payment")), tables::toString);
        }
        assertEquals(0, DatabaseMigration.migrate(h2).migrationsExecuted, "a second start applies nothing");
    }
}
