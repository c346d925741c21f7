package org.civicportal.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicportal.db.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lease's SQL on the embedded database the portal runs on by default (H2 in MySQL mode), each
 * statement committed on its own as in the portal. {@code JobLeasesIT} runs the same on MariaDB.
 */
class LeaseTableOnH2Test {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    @BeforeAll
    static void migrate() {
        H2.setURL("jdbc:h2:mem:leases;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1");
        DatabaseMigration.migrate(H2);
    }

    @Test
    void aLeaseIsTakenOnceThenAgainWhenItHasExpired() throws Exception {
        Duration lease = Duration.ofSeconds(1);
        long started = System.nanoTime();
        assertTrue(claim("h2-expiry", "node-a", lease));
        assertFalse(claim("h2-expiry", "node-b", lease));
        assertFalse(claim("h2-expiry", "node-a", lease), "not even its holder takes it again before it ends");
        assertEquals("node-a", holderOf("h2-expiry"));

        while (!claim("h2-expiry", "node-b", lease)) {
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "the lease never expired");
            Thread.sleep(50);
        }
        assertTrue(System.nanoTime() - started >= lease.minusMillis(50).toNanos(), "taken again before it expired");
        assertEquals("node-b", holderOf("h2-expiry"));
    }

    @Test
    void ofTwentyNodesClaimingANewJobAtOnceOneWins() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String node = "node-" + i;
                claims.add(nodes.submit(() -> {
                    start.await();
                    return claim("h2-race", node, Duration.ofMinutes(1));
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void aLeaseEndingFurtherAheadThanAnyClaimSetsIsFreeAsTheDatabaseClockWentBack() throws Exception {
        assertTrue(claim("h2-clock", "node-a", Duration.ofSeconds(55)));
        try (Connection connection = H2.getConnection(); Statement statement = connection.createStatement()) {
            // as if the database's local time had just gone back an hour
            statement.executeUpdate("UPDATE job_lease SET expires_at = TIMESTAMPADD(HOUR, 1, expires_at) WHERE job = 'h2-clock'");
        }
        assertTrue(claim("h2-clock", "node-b", Duration.ofSeconds(55)));
        assertFalse(claim("h2-clock", "node-a", Duration.ofSeconds(55)), "the lease it set holds as any other");
    }

    private static boolean claim(String job, String node, Duration length) throws SQLException {
        try (Connection connection = H2.getConnection()) {
            LeaseTable.createIfMissing(connection, job);
            return LeaseTable.take(connection, job, node, length);
        }
    }

    private static String holderOf(String job) throws SQLException {
        try (Connection connection = H2.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT holder FROM job_lease WHERE job = '" + job + "'")) {
            assertTrue(row.next());
            return row.getString(1);
        }
    }
}
