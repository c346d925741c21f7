package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.account.Jurisdiction;
import org.civicportal.content.PartnerType;
import org.junit.jupiter.api.Test;

class RequestMatchingTest {

    private static final Jurisdiction SALEM = new Jurisdiction("City of Salem", "or", "US", 175_000);

    @Test
    void aProviderServesItsStatesAndTheWholeCountryItNames() {
        assertEquals("US-OR", RequestMatching.regionCode(SALEM));
        assertTrue(RequestMatching.serves(Set.of("US-OR", "US-WA"), SALEM));
        assertTrue(RequestMatching.serves(Set.of("US"), SALEM));
        assertFalse(RequestMatching.serves(Set.of("US-WA", "CA-BC"), SALEM));
        assertFalse(RequestMatching.serves(Set.of("CA"), SALEM));
    }

    @Test
    void anyKindOfPartnershipSuitsWhenNoneIsNamed() {
        assertTrue(RequestMatching.supports(Set.of(PartnerType.PRIVATE), Set.of()));
        assertTrue(RequestMatching.supports(Set.of(PartnerType.PRIVATE), EnumSet.of(PartnerType.PRIVATE, PartnerType.NONPROFIT)));
        assertFalse(RequestMatching.supports(Set.of(PartnerType.PRIVATE), EnumSet.of(PartnerType.INTERGOVERNMENTAL)));
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
