package org.civicportal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Account addresses compare exactly as the portal's Java rule does, and outbox messages can be
 * claimed by one delivery run.
 *
 * <p>Addresses: MariaDB's and MySQL's default collations ignore case and accents, so
 * {@code ádmin@…} found the row of {@code admin@…} while the portal treated it as another
 * address. The column now compares bytes ({@code utf8mb4_bin}; H2 already does) and every stored
 * address is put in the one normal form ({@code EmailAddress.normalise}: blanks stripped, Unicode
 * NFC, lower case), so the unique key holds exactly one row per normalised address. Java, not
 * SQL, because neither database can do Unicode normalisation, and H2 has no MySQL collations.
 *
 * <p>Outbox: a message being sent is marked {@code SENDING} until {@code claimed_until}.
 */
public class V14__Account_email_exact_and_mail_claims extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V14__Account_email_exact_and_mail_claims.class.getName());

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            if (!isH2(connection)) {
                statement.execute("ALTER TABLE account MODIFY email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL");
            }
            statement.execute("ALTER TABLE outbound_mail ADD COLUMN claimed_until DATETIME(6) NULL");
            statement.execute("ALTER TABLE outbound_mail DROP CONSTRAINT ck_outbound_mail_status");
            statement.execute("ALTER TABLE outbound_mail ADD CONSTRAINT ck_outbound_mail_status"
                    + " CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NOT_SENT'))");
        }
        normaliseAddresses(connection);
    }

    /** Same rule as {@code org.civicportal.shared.EmailAddress.normalise}. */
    static String normalise(String address) {
        return Normalizer.normalize(address.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static void normaliseAddresses(Connection connection) throws SQLException {
        Map<Long, String> changes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, email FROM account ORDER BY id")) {
            while (rows.next()) {
                String email = rows.getString(2);
                String normal = normalise(email);
                if (!normal.equals(email)) {
                    changes.put(rows.getLong(1), normal);
                }
            }
        }
        try (PreparedStatement taken = connection.prepareStatement("SELECT id FROM account WHERE email = ?");
             PreparedStatement update = connection.prepareStatement("UPDATE account SET email = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> change : changes.entrySet()) {
                taken.setString(1, change.getValue());
                try (ResultSet holder = taken.executeQuery()) {
                    if (holder.next()) {
                        // Two accounts for one mailbox: merging them is a person's decision. The
                        // older spelling stays as it is, so it can no longer log in by that address.
                        LOG.warning("Account " + change.getKey() + " has the same normalised email address as account "
                                + holder.getLong(1) + "; left unchanged for an administrator to resolve.");
                        continue;
                    }
                }
                update.setString(1, change.getValue());
                update.setLong(2, change.getKey());
                update.executeUpdate();
            }
        }
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
    }
}
