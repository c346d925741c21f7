package org.civicportal.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobLeasesTest {

    @Test
    void aLeaseEndsSecondsBeforeTheJobsNextTick() {
        assertEquals(Duration.ofSeconds(50), JobLeases.shorterThan(Duration.ofMinutes(1)));
        assertEquals(Duration.ofMinutes(60).minusSeconds(10), JobLeases.shorterThan(Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> JobLeases.shorterThan(Duration.ofSeconds(19)),
                "a period within the margin would leave no lease at all");
    }

    @Test
    void aLeaseNeedsAJobNameThatFitsAndSomeLength() {
        JobLeases leases = new JobLeases(); // the checks come before the table is asked
        assertThrows(IllegalArgumentException.class, () -> leases.claim(" ", Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> leases.claim("j".repeat(101), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> leases.claim("mail-delivery", Duration.ZERO));
    }

    @Test
    void theNodeSignsWithItsHostAndAnIdOfItsOwn() {
        String node = JobLeases.node();
        assertEquals(node, JobLeases.node(), "one id for the life of the JVM");
        assertTrue(node.matches(".+/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), node);
        assertTrue(node.length() <= 200, "fits the holder column");
    }
}
