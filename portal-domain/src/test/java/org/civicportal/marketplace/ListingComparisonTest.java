package org.civicportal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicportal.content.PartnerType;
import org.civicportal.content.RevisionComparison;
import org.junit.jupiter.api.Test;

/** What a moderator reads: a change beside the live version, word by word, every value escaped. */
class ListingComparisonTest {

    private static final Instant NOW = Instant.parse("2027-03-01T17:00:00Z");

    @Test
    void theChangedWordsAreMarkedAndTheRestIsLeftAlone() {
        Listing listing = new Listing(new ProviderOrganisation("acme", "Acme", OrganisationType.FIRM, 1, NOW), "fleet", 1, NOW);
        ListingVersion live = version(listing, 1, "Fleet audits", "<p>We audit fleets.</p>", Set.of("US-OR"));
        ListingVersion change = live.copyAsDraft(2, 1, NOW);
        change.write(form("Fleet audits and shared garages", "<p>We audit fleets.</p><p>New: garages.</p>"), "<p>We audit fleets.</p><p>New: garages.</p>",
                List.of(), Set.of("US-OR", "US-WA"), List.of(7L), 1, NOW);

        RevisionComparison comparison = RevisionComparison.of(1, 2, live.fields(Map.of()), change.fields(Map.of(7L, "Two towns <share>")));

        assertTrue(comparison.hasChanges());
        RevisionComparison.Row title = comparison.rows().stream().filter(r -> r.field().equals("Title")).findFirst().orElseThrow();
        assertTrue(title.changed());
        assertTrue(title.newerHtml().startsWith("Fleet audits") && title.newerHtml().contains("garages</ins>"), title.newerHtml());
        RevisionComparison.Row regions = comparison.rows().stream().filter(r -> r.field().equals("Regions served")).findFirst().orElseThrow();
        assertTrue(regions.newerHtml().contains("Washington"), regions.newerHtml());
        RevisionComparison.Row studies = comparison.rows().stream().filter(r -> r.field().equals("Related case studies")).findFirst().orElseThrow();
        assertTrue(studies.newerHtml().contains("&lt;share&gt;"), "escaped: " + studies.newerHtml());
        RevisionComparison.Row summary = comparison.rows().stream().filter(r -> r.field().equals("Summary")).findFirst().orElseThrow();
        assertFalse(summary.changed());
        assertEquals(2, comparison.newer());
    }

    @Test
    void aCopyKeepsEveryFieldAndTheDocuments() {
        Listing listing = new Listing(new ProviderOrganisation("acme", "Acme", OrganisationType.FIRM, 1, NOW), "fleet", 1, NOW);
        ListingVersion live = version(listing, 1, "Fleet audits", "<p>x</p>", Set.of("US"));
        live.addDocument(new ListingDocument(listing, "plan.pdf", "application/pdf", new byte[] {1}, 1, NOW));
        ListingVersion copy = live.copyAsDraft(2, 1, NOW);
        assertEquals(live.fields(Map.of()), copy.fields(Map.of()));
        assertEquals(ListingVersionState.DRAFT, copy.getState());
        assertEquals(1, copy.getDocuments().size());
    }

    private static ListingVersion version(Listing listing, int number, String title, String html, Set<String> regions) {
        ListingVersion version = new ListingVersion(listing, number, 1, NOW);
        version.write(form(title, html), html, List.of(), regions, List.of(), 1, NOW);
        return version;
    }

    private static ListingForm form(String title, String html) {
        ListingForm form = new ListingForm();
        form.setTitle(title);
        form.setSummary("We help local governments.");
        form.setDescriptionHtml(html);
        form.setPartnershipKinds(EnumSet.of(PartnerType.INTERGOVERNMENTAL));
        form.setPriceModel(PriceModel.HOURLY);
        return form;
    }
}
