package org.civicportal.shared.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes a scheduled job run once per tick however many nodes share the database: every node's
 * timer fires, and only the node that takes the job's lease in {@code job_lease} does the work. The
 * lease expires on the database's clock a little before the job's next tick, so that tick can go
 * to any node; a node that dies or throws in the middle of a job simply lets its lease expire.
 * The work itself still claims the rows it handles, so a run that outlasts its tick does no harm.
 */
@ApplicationScoped
public class JobLeases {

    /**
     * How much sooner than the next tick a lease ends: the timers of several nodes fire a little
     * apart (their clocks differ a little, a tick on a busy node starts seconds late), and the next
     * tick must find the lease free whichever node fires first. Far less than any period, so the
     * nodes firing at one tick all find it taken.
     */
    static final Duration MARGIN = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    /** This JVM among the nodes: its host name to be read in the table, a random id to be unique. */
    private static final String NODE = hostName() + "/" + UUID.randomUUID();

    @Inject
    LeaseTable table;

    /**
     * Runs the work if this node takes the job's lease for this tick of its schedule.
     *
     * @param period how often the job's {@code @Schedule} fires; the lease lasts a little less
     */
    public void runOnOneNode(String job, Duration period, Runnable work) {
        if (claim(job, shorterThan(period))) {
            work.run();
        }
    }

    /**
     * Takes the job's lease for this node if nobody holds it, for the given length. Each step
     * commits on its own before this returns, so the lease is visible to every node before the
     * work starts. A lease still running is never taken, not even by the node that holds it.
     *
     * @return whether this node got the lease; false too when the database could not be asked
     *         (the work would need it anyway, and the next tick asks again)
     */
    public boolean claim(String job, Duration length) {
        if (job == null || job.isBlank() || job.length() > 100) {
            throw new IllegalArgumentException("A job's name has 1 to 100 characters: " + job);
        }
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A lease lasts some time: " + length);
        }
        try {
            table.createIfMissing(job);
            return table.take(job, NODE, length);
        } catch (SQLException unreachable) {
            LOG.log(Level.WARNING, "The job {0} skips this tick: its lease could not be taken ({1})",
                    new Object[] {job, unreachable.getMessage()});
            return false;
        }
    }

    /** The lease for a job that runs every {@code period}: a little shorter, so the next tick can take it. */
    public static Duration shorterThan(Duration period) {
        if (period.compareTo(MARGIN.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("A leased job runs at most every " + MARGIN.multipliedBy(2) + ": " + period);
        }
        return period.minus(MARGIN);
    }

    /** How this node signs the leases it holds. */
    public static String node() {
        return NODE;
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException unknown) {
                name = "unknown-host";
            }
        }
        // the holder column has room for 200 characters; the random id takes 37
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
