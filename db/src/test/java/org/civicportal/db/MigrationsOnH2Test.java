package org.civicportal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
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
            assertTrue(tables.containsAll(List.of("account", "account_role", "account_token", "outbound_mail", "membership_category", "dues_schedule", "membership", "invoice", "payment", "job_lease")), tables::toString);
        }
        assertEquals(0, DatabaseMigration.migrate(h2).migrationsExecuted, "a second start applies nothing");
    }

    @Test
    void existingAddressesAreNormalisedAndOutboxMessagesCanBeClaimed() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:normalise;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target(lastBefore14()).load().migrate();
        String decomposed = "zoe\u0308@town.example.org"; // e + combining diaeresis
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            insertAccount(statement, 1, " Chief@City.Example.org ");
            insertAccount(statement, 2, decomposed);
            insertAccount(statement, 3, "clerk@city.example.org");
            insertAccount(statement, 4, "CLERK@city.example.org");
        }

        DatabaseMigration.migrate(h2);

        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            List<String> emails = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT email FROM account ORDER BY id")) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
            // a clash is left for a person to resolve, never merged or dropped
            assertEquals(List.of("chief@city.example.org", "zo\u00eb@town.example.org", "clerk@city.example.org",
                    "CLERK@city.example.org"), emails);
            assertEquals(List.of("chief@city.example.org", "zo\u00eb@town.example.org", "clerk@city.example.org"),
                    emails.stream().map(V14__Account_email_exact_and_mail_claims::normalise).distinct().toList());
            statement.execute("INSERT INTO outbound_mail (recipient, subject, body, status, attempts, created_at, claimed_until)"
                    + " VALUES ('a@b.example', 's', 'b', 'SENDING', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        }
    }

    /** The newest SQL migration before version 14 (other versions may come from other changes). */
    private static String lastBefore14() {
        try {
            java.io.File folder = new java.io.File(MigrationsOnH2Test.class.getResource("/db/migration").toURI());
            return java.util.Arrays.stream(folder.list())
                    .filter(name -> name.startsWith("V") && name.contains("__"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .filter(version -> version < 14)
                    .max(Integer::compare).orElseThrow().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertAccount(Statement statement, long id, String email) throws SQLException {
        statement.execute("INSERT INTO account (id, email, full_name, password_hash, jurisdiction_name, jurisdiction_region,"
                + " jurisdiction_country, jurisdiction_population, position_title, position_type, created_at, updated_at)"
                + " VALUES (" + id + ", '" + email + "', 'N', 'h', 'J', 'R', 'US', 1, 'T', 'OTHER', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }
}
