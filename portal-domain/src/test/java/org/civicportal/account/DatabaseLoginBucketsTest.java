package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicportal.account.LoginBuckets.Kind;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The log-in throttle on the database, as on the embedded H2 (MySQL mode) the portal uses by
 * default: two throttles over one database stand in for two nodes. {@code LoginThrottleIT} does
 * the same on MariaDB inside the portal.
 */
class DatabaseLoginBucketsTest {

    private static final JdbcDataSource DATABASE = migratedDatabase();

    private final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    private final DatabaseLoginBuckets firstNodeBuckets = new DatabaseLoginBuckets(DATABASE, clock);
    private final LoginThrottle firstNode = new LoginThrottle(LoginThrottle.Limits.defaults(), firstNodeBuckets);
    private final LoginThrottle secondNode = new LoginThrottle(LoginThrottle.Limits.defaults(), new DatabaseLoginBuckets(DATABASE, clock));

    /** An account and a network no other test uses, as the database is shared by them all. */
    private final long account = System.nanoTime();
    private final String network = "198.51." + (account >> 8 & 255) + "." + (account & 255);

    @Test
    void sixWrongPasswordsAlternatingBetweenTwoNodesTheSixthIsRefused() {
        for (int attempt = 0; attempt < 5; attempt++) {
            LoginThrottle node = attempt % 2 == 0 ? firstNode : secondNode;
            assertEquals(Optional.empty(), node.tryAttempt(account, network), "attempt " + (attempt + 1));
        }
        Duration wait = secondNode.tryAttempt(account, network).orElseThrow();
        assertTrue(firstNode.tryAttempt(account, network).isPresent());
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofMinutes(15)) <= 0, wait.toString());

        clock.advance(wait);
        assertEquals(Optional.empty(), firstNode.tryAttempt(account, network), "the bucket's time is the portal's clock");
    }

    @Test
    void aSuccessOnOneNodeRestoresTheAccountsAllowanceOnTheOther() {
        for (int attempt = 0; attempt < 4; attempt++) {
            firstNode.tryAttempt(account, network);
        }
        assertTrue(hasRow("account:" + account));
        secondNode.succeeded(account, network);
        assertFalse(hasRow("account:" + account), "a full allowance is not kept");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(Optional.empty(), firstNode.tryAttempt(account, network), "attempt " + (attempt + 1));
        }
        assertTrue(secondNode.tryAttempt(account, network).isPresent());
    }

    @Test
    void theNetworksAllowanceIsSharedAndARefusalTakesNothingFromTheAccount() {
        for (int attempt = 0; attempt < 30; attempt++) {
            LoginThrottle node = attempt % 2 == 0 ? firstNode : secondNode;
            assertEquals(Optional.empty(), node.tryAttempt(null, network), "attempt " + (attempt + 1));
        }
        assertTrue(firstNode.addressWait(network).isPresent());
        assertTrue(secondNode.tryAttempt(account, network).isPresent());
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(Optional.empty(), firstNode.tryAttempt(account, network + "0"), "the account still has all five");
        }
    }

    @Test
    void manyAttemptsAtOnceOnBothNodesLetExactlyTheAllowanceThrough() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                LoginThrottle node = i % 2 == 0 ? firstNode : secondNode;
                String from = "203.0.113." + (i % 20);
                attempts.add(() -> node.tryAttempt(account, from).isEmpty());
            }
            int allowed = 0;
            for (Future<Boolean> attempt : threads.invokeAll(attempts)) {
                allowed += attempt.get() ? 1 : 0;
            }
            assertEquals(5, allowed);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void expiredRowsAreDeletedAndOthersKept() throws SQLException {
        firstNode.tryAttempt(account, network);
        try (Connection connection = DATABASE.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE login_throttle_bucket SET expires_at = 0 WHERE bucket_key = 'network:" + network + "'");
        }
        long networks = firstNodeBuckets.count(Kind.NETWORK);

        assertTrue(firstNodeBuckets.removeExpired() >= 1);

        assertEquals(networks - 1, firstNodeBuckets.count(Kind.NETWORK));
        assertTrue(secondNode.tryAttempt(null, network).isEmpty(), "a deleted row is a full allowance");
    }

    @Test
    void keysLongerThanTheColumnAreStoredAsTheirDigest() {
        String longKey = "x".repeat(500);
        String row = DatabaseLoginBuckets.rowKey(Kind.NETWORK, longKey);
        assertTrue(row.length() <= DatabaseLoginBuckets.MAX_KEY_LENGTH, row);
        assertEquals(row, DatabaseLoginBuckets.rowKey(Kind.NETWORK, longKey));
        assertNotEquals(row, DatabaseLoginBuckets.rowKey(Kind.NETWORK, longKey + "y"));
        assertEquals("account:41", DatabaseLoginBuckets.rowKey(Kind.ACCOUNT, "41"));
        assertEquals(Optional.empty(), firstNode.tryAttempt(null, longKey));
    }

    private static boolean hasRow(String key) {
        try (Connection connection = DATABASE.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM login_throttle_bucket WHERE bucket_key = '" + key + "'")) {
            rows.next();
            return rows.getInt(1) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The throttle's table, made by its migration (the others are not needed, and take seconds). */
    private static JdbcDataSource migratedDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:throttle;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/db/migration/V28__login_throttle_buckets.sql'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return h2;
    }
}
