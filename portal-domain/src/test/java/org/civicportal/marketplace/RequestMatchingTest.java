package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.civicportal.account.Jurisdiction;
import org.junit.jupiter.api.Test;

class RequestMatchingTest {

    private static final Jurisdiction SALEM = new Jurisdiction("City of Salem", "or", "US", 175_000);

    @Test
    void aLocalGovernmentIsServedByProvidersOfItsStateOrOfItsWholeCountry() {
        assertEquals("US-OR", RequestMatching.regionCode(SALEM));
        assertEquals(List.of("US", "US-OR"), RequestMatching.regionsServing(SALEM));
        assertEquals(List.of("CA", "CA-QC"), RequestMatching.regionsServing(new Jurisdiction("Gatineau", " qc ", "ca", 290_000)));
    }

    @Test
    void theMedianResponseTimeIsTheMiddleOneOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(null, RequestReports.median(List.of()));
        assertEquals(Duration.ofHours(5), RequestReports.median(List.of(Duration.ofHours(9), Duration.ofHours(1), Duration.ofHours(5))));
        assertEquals(Duration.ofHours(4), RequestReports.median(List.of(Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(1),
                Duration.ofHours(30))));
    }

    @Test
    void aNameFragmentIsLookedForLiterally() {
        assertEquals("50!%!_off!!", RequestSuggestions.escapeLike("50%_off!"));
    }
}
