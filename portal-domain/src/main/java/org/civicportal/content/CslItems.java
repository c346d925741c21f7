package org.civicportal.content;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/** Turns library entries into CSL items, the data model of citation styles and of CSL-JSON. */
final class CslItems {

    private CslItems() {
    }

    /** @return the CSL item for the entry, under the given id */
    static CSLItemData of(String id, BibliographicRecord r) {
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(typeOf(r.type()));
        CSLName[] names = r.authors().stream().map(CslItems::name).toArray(CSLName[]::new);
        if (names.length > 0) {
            b.author(names);
        }
        if (r.year() != null) {
            b.issued(r.year());
        }
        b.title(r.title()).containerTitle(r.container()).publisher(r.publisher()).volume(r.volume())
                .issue(r.issue()).page(r.pages()).DOI(r.doi()).URL(r.url()).abstrct(r.abstractText());
        if (!r.tags().isEmpty()) {
            b.keyword(String.join(", ", r.tags()));
        }
        return b.build();
    }

    private static CSLName name(Author a) {
        if (a.given().isEmpty()) {
            return new CSLNameBuilder().literal(a.family()).build(); // an organisation: printed as written
        }
        return new CSLNameBuilder().family(a.family()).given(a.given()).build();
    }

    static CSLType typeOf(BibliographyType type) {
        if (type == null) {
            return CSLType.REPORT;
        }
        return switch (type) {
            case ARTICLE -> CSLType.ARTICLE_JOURNAL;
            case BOOK -> CSLType.BOOK;
            case CHAPTER -> CSLType.CHAPTER;
            case REPORT -> CSLType.REPORT;
            case WEB_PAGE -> CSLType.WEBPAGE;
        };
    }
}
