package org.civicportal.shared.jobs;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The rows of {@code job_lease}, each step committed in a transaction of its own.
 *
 * <p>Plain JDBC rather than the entity manager: a failed INSERT (the row is already there) must
 * not doom a transaction, and a lease is no data any page shows, so taking one every minute must
 * not drop the anonymous pages kept in memory (they go on every write EclipseLink sends).
 *
 * <p>Every time is the database's ({@code CURRENT_TIMESTAMP(6)}), never the portal's injected
 * {@link java.time.Clock}: the lease coordinates several machines, whose one shared clock is the
 * database's, and tests move the portal's clock backwards and forwards, which must not free or
 * hold a lease.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LeaseTable {

    /**
     * A lease that ends further ahead than any claim could have set it means that the database's
     * clock went back (summer time ending in a zone it keeps local time in, a correction): it is
     * taken as expired, or the job would wait as long as the clock went back. The slack is far more
     * than any statement waits (30 s at most), because a statement's {@code CURRENT_TIMESTAMP} is the
     * time it started: one that waited for another's lock reads an earlier "now" than the lease the
     * other has just written, and must still lose.
     */
    static final Duration CLOCK_WENT_BACK_SLACK = Duration.ofMinutes(5);

    private static final String EXISTS = "SELECT COUNT(*) FROM job_lease WHERE job = ?";

    /** A new row is free: its lease ended long ago. */
    private static final String CREATE = "INSERT INTO job_lease (job, holder, expires_at) VALUES (?, '', TIMESTAMP '2000-01-01 00:00:00')";

    private static final String TAKE = "UPDATE job_lease SET holder = ?, expires_at = TIMESTAMPADD(MICROSECOND, ?, CURRENT_TIMESTAMP(6))"
            + " WHERE job = ? AND (expires_at <= CURRENT_TIMESTAMP(6) OR expires_at > TIMESTAMPADD(MICROSECOND, ?, CURRENT_TIMESTAMP(6)))";

    /** The portal's one data source (declared in the {@code db} module). */
    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** Creates the job's row unless it exists; committed on return, so the row's lock is gone. */
    public void createIfMissing(String job) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            createIfMissing(connection, job);
        }
    }

    /** Takes the job's lease for the holder if it has expired; committed on return. */
    public boolean take(String job, String holder, Duration length) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return take(connection, job, holder, length);
        }
    }

    /**
     * Two nodes may both find the row missing and both insert it: the second INSERT fails on the
     * primary key, which only means that the row is there now.
     */
    static void createIfMissing(Connection connection, String job) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(EXISTS)) {
            exists.setString(1, job);
            try (ResultSet count = exists.executeQuery()) {
                if (count.next() && count.getLong(1) > 0) {
                    return;
                }
            }
        }
        try (PreparedStatement create = connection.prepareStatement(CREATE)) {
            create.setString(1, job);
            create.executeUpdate();
        } catch (SQLException failed) {
            if (!isConstraintViolation(failed)) {
                throw failed;
            }
        }
    }

    /**
     * One conditional UPDATE: of any number of nodes trying at once, the database lets one change
     * the row; the others find the new expiry and change nothing. A lease is never renewed by its
     * own holder before it expires: a job runs once per tick, on this node as on any other.
     */
    static boolean take(Connection connection, String job, String holder, Duration length) throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, holder);
            take.setLong(2, micros(length));
            take.setString(3, job);
            take.setLong(4, micros(length.plus(CLOCK_WENT_BACK_SLACK)));
            return take.executeUpdate() == 1;
        }
    }

    /** SQL state class 23: the only one an INSERT of the job's key can break is the key itself. */
    private static boolean isConstraintViolation(SQLException failed) {
        return failed.getSQLState() != null && failed.getSQLState().startsWith("23");
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }
}
