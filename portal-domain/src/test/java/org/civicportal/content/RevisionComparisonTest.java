package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.civicportal.account.Jurisdiction;
import org.junit.jupiter.api.Test;

class RevisionComparisonTest {

    private static final Instant NOW = Instant.parse("2027-03-01T14:00:00Z");

    @Test
    void marksTheWordsThatChangedFieldByFieldAndEscapesTheText() {
        LibraryItem item = new LibraryItem(ResourceKind.CASE_STUDY, "shared-dispatch", 1, NOW);
        CaseStudy first = new CaseStudy(item, 1, 1, NOW);
        first.write(form("Two towns share dispatch", "125000"), "<p>They merged two centres.</p><p>Calls are answered faster.</p>", List.of(), List.of(), 1, NOW);
        CaseStudy second = (CaseStudy) first.copyAsDraft(2, 2, NOW);
        second.write(form("Three towns share dispatch", "125000"), "<p>They merged two centres.</p><p>Calls are answered <b>much</b> faster.</p>", List.of(), List.of(), 2, NOW);

        RevisionComparison comparison = RevisionComparison.of(first, second);
        assertTrue(comparison.hasChanges());
        RevisionComparison.Row title = comparison.rows().stream().filter(r -> r.field().equals("Title")).findFirst().orElseThrow();
        assertTrue(title.changed());
        assertEquals("<del>Two</del> towns share dispatch", title.olderHtml());
        assertEquals("<ins>Three</ins> towns share dispatch", title.newerHtml());

        RevisionComparison.Row savings = comparison.rows().stream().filter(r -> r.field().equals("Annual savings")).findFirst().orElseThrow();
        assertFalse(savings.changed());
        assertEquals("USD 125000", savings.newerHtml());

        // the text is compared paragraph by paragraph, its markup shown as text
        List<RevisionComparison.Row> changedText = comparison.rows().stream().filter(RevisionComparison.Row::changed)
                .filter(r -> r.olderHtml().contains("Calls")).toList();
        assertEquals(1, changedText.size(), "only the changed paragraph differs");
        assertTrue(changedText.get(0).newerHtml().contains("&lt;b&gt;"), changedText.get(0).newerHtml());
        assertFalse(changedText.get(0).newerHtml().contains("<b>"), "markup of the text never reaches the page as markup");
        assertFalse(RevisionComparison.of(first, first).hasChanges());
    }

    private static CaseStudyForm form(String title, String savings) {
        CaseStudyForm form = new CaseStudyForm();
        form.setTitle(title);
        form.setSummary("A summary.");
        form.setJurisdictions(List.of(new Jurisdiction("Fairhaven", "OR", "US", 42_000)));
        form.setPartnerTypes(Set.of(PartnerType.INTERGOVERNMENTAL));
        form.setArrangement(Arrangement.INTERLOCAL_AGREEMENT);
        form.setAnnualSavings(new BigDecimal(savings));
        return form;
    }
}
