package org.civicportal.account;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.civicportal.db.DatabaseMigration;

/**
 * The log-in throttle's buckets in the database, so that every node of the portal draws on the
 * same allowances: Bucket4j's JDBC store (table {@code login_throttle_bucket}). The same SQL runs
 * on MariaDB, MySQL and the embedded H2 in MySQL mode.
 *
 * <p>Each step is a short transaction of its own that locks the bucket's row
 * ({@code SELECT ... FOR UPDATE}), so concurrent attempts on any nodes never lose an update. The
 * connections come from {@link DatabaseMigration#STANDALONE_DATA_SOURCE}, which never joins the
 * caller's transaction: the lock is released when the step commits, before the caller goes on to
 * hash a password (about 100 ms), whatever transaction the caller is in.
 *
 * <p>Rows are keyed {@code account:<id>} and {@code network:<network key>}. Bucket time follows
 * the portal's {@link Clock}, so tests can move it. A bucket's row records when it is full again;
 * from then on it is the same as no row, and {@link #removeExpired()} deletes it.
 */
@ApplicationScoped
public class DatabaseLoginBuckets implements LoginBuckets {

    /** As long as the key column: longer keys (never an IP address) are stored as a digest. */
    static final int MAX_KEY_LENGTH = 100;

    /** Rows deleted per statement when expired ones are cleared, so that no delete runs for long. */
    private static final int REMOVED_PER_STATEMENT = 1_000;

    /** A full bucket is kept a little longer, so that a busy key is not deleted and created again and again. */
    private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(1);

    private static final String TABLE = "login_throttle_bucket";

    @Resource(lookup = DatabaseMigration.STANDALONE_DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    private MySQLSelectForUpdateBasedProxyManager<String> buckets;

    /** For the container, which injects the data source and the clock, then calls {@link #open()}. */
    public DatabaseLoginBuckets() {
    }

    /** Over any data source whose connections are not in a transaction, e.g. another node's. */
    public DatabaseLoginBuckets(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        open();
    }

    @PostConstruct
    void open() {
        buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("bucket_key")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(Buckets.timeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
                .build();
    }

    @Override
    public ConsumptionProbe tryTake(Kind kind, String key, BucketConfiguration limits) {
        return bucket(kind, key, limits).tryConsumeAndReturnRemaining(1);
    }

    @Override
    public EstimationProbe estimate(Kind kind, String key, BucketConfiguration limits) {
        return bucket(kind, key, limits).estimateAbilityToConsume(1);
    }

    @Override
    public void giveBack(Kind kind, String key, BucketConfiguration limits) {
        bucket(kind, key, limits).addTokens(1);
    }

    @Override
    public void forget(Kind kind, String key) {
        buckets.removeProxy(rowKey(kind, key));
    }

    @Override
    public long count(Kind kind) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + TABLE + " WHERE bucket_key LIKE ?")) {
            count.setString(1, rowKey(kind, "%"));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the log-in throttle's buckets", e);
        }
    }

    /**
     * Deletes the rows of buckets that have been full for a while, a bounded number per statement;
     * rows another node has locked are left for the next time.
     *
     * @return how many rows were deleted
     */
    public int removeExpired() {
        int removed = 0;
        int last;
        do {
            last = buckets.removeExpired(REMOVED_PER_STATEMENT);
            removed += last;
        } while (last == REMOVED_PER_STATEMENT);
        return removed;
    }

    private BucketProxy bucket(Kind kind, String key, BucketConfiguration limits) {
        return buckets.builder().build(rowKey(kind, key), () -> limits);
    }

    /**
     * The row of a bucket. A key too long for the column is replaced by its SHA-256: two keys
     * could share a row only through a collision of the digest, and would then only share an
     * allowance, which errs on the strict side.
     */
    static String rowKey(Kind kind, String key) {
        String prefix = kind == Kind.ACCOUNT ? "account:" : "network:";
        String rowKey = prefix + key;
        return rowKey.length() <= MAX_KEY_LENGTH ? rowKey : prefix + "sha256:" + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
