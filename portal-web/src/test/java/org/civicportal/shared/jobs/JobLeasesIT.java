package org.civicportal.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.civicportal.testing.MovableClock;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.Transactions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Job leases inside the running portal, against MariaDB: a lease taken is refused to everyone until
 * it expires on the database's clock, whatever the portal's clock says, and of twenty claims made at
 * the same moment, each in its own transaction as the timers of twenty nodes would, one wins.
 */
@ExtendWith(ArquillianExtension.class)
@ManagedExecutorDefinition(name = "java:app/concurrent/leaseRush", maxAsync = 32)
class JobLeasesIT {

    private static final Duration LEASE = Duration.ofSeconds(2);

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war().addClasses(JobLeasesIT.class, MovableClock.class, Transactions.class);
    }

    @Inject
    JobLeases leases;

    @Inject
    MovableClock clock;

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/concurrent/leaseRush")
    ManagedExecutorService executor;

    @Test
    void aClaimedLeaseIsRefusedUntilItExpiresOnTheDatabasesClock() throws Exception {
        String job = "test-expiry-" + UUID.randomUUID();
        long started = System.nanoTime();
        assertTrue(leases.claim(job, LEASE));
        assertEquals(JobLeases.node(), holderOf(job));
        assertFalse(leases.claim(job, LEASE), "held, even for the node that holds it");

        // the portal's clock, which tests move, decides nothing
        clock.advance(Duration.ofDays(1));
        assertFalse(leases.claim(job, LEASE));
        clock.setInstant(Instant.now().minus(Duration.ofDays(365)));
        assertFalse(leases.claim(job, LEASE));
        clock.setInstant(Instant.now());

        while (!leases.claim(job, LEASE)) {
            assertTrue(System.nanoTime() - started < LEASE.plusSeconds(5).toNanos(), "the lease never expired");
            Thread.sleep(50);
        }
        assertTrue(System.nanoTime() - started >= LEASE.minusMillis(50).toNanos(), "taken again before it expired");
    }

    @Test
    void ofTwentyClaimsAtOnceOneWinsThenOneAgainOnceItHasExpired() throws Exception {
        String job = "test-race-" + UUID.randomUUID(); // no row yet: the twenty create it at once too
        assertEquals(1, winnersOfTwentyClaims(job));

        Thread.sleep(LEASE.plusMillis(200).toMillis());
        assertEquals(1, winnersOfTwentyClaims(job));
    }

    private int winnersOfTwentyClaims(String job) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            claims.add(executor.submit(() -> {
                start.await();
                return leases.claim(job, LEASE);
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        return won;
    }

    private String holderOf(String job) throws Exception {
        return Transactions.read(() -> (String) em.createNativeQuery("SELECT holder FROM job_lease WHERE job = ?")
                .setParameter(1, job).getSingleResult());
    }
}
