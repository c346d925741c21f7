package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

class BibliographyExportTest {

    /** Entries of every kind, with the characters that each format must escape or keep. */
    static List<BibliographicRecord> sample() {
        return List.of(
                BibliographicRecord.builder().type(BibliographyType.ARTICLE).author("Brown", "Trevor L.")
                        .author("Potoski", "Matthew").year(2003)
                        .title("Transaction costs and institutional explanations for government service production decisions")
                        .container("Journal of Public Administration Research and Theory").volume("13").issue("4")
                        .pages("441-468").doi("10.1093/jopart/mug030").tag("contracting out").tag("transaction costs")
                        .abstractText("Costs & benefits: 50% {braces} $money$ #1 under_score, \"quoted\", line\nbreak")
                        .build(),
                BibliographicRecord.builder().type(BibliographyType.ARTICLE).author("Brown", "Trevor L.")
                        .author("Potoski", "Matthew").year(2003).title("Managing contract performance")
                        .container("Journal of Policy Analysis and Management").volume("22").issue("2").pages("275-297")
                        .build(),
                BibliographicRecord.builder().type(BibliographyType.BOOK).author("Bel", "Germà")
                        .author("Müller", "Jörg").year(2010).title("Coopération intercommunale: ~ an \\ overview ^")
                        .publisher("Edward Elgar").build(),
                BibliographicRecord.builder().type(BibliographyType.CHAPTER).author("Greve", "Carsten").year(2010)
                        .title("Public-private partnerships in Scandinavia")
                        .container("International handbook on public-private partnerships").publisher("Edward Elgar")
                        .pages("263-279").build(),
                BibliographicRecord.builder().type(BibliographyType.REPORT).author("World Bank", "").year(2017)
                        .title("Public-private partnerships reference guide").publisher("World Bank Group")
                        .url("https://example.org/ppp?guide=3&lang=en").build(),
                BibliographicRecord.builder().type(BibliographyType.WEB_PAGE).year(2021).title("=Shared services")
                        .container("Local Government Association").url("https://example.org/shared_services").build());
    }

    @Test
    void risReadsBackToTheSameEntries() {
        String ris = BibliographyExport.toRis(sample());
        assertTrue(ris.startsWith("TY  - JOUR\r\nAU  - Brown, Trevor L.\r\n"), ris);
        ImportPreview back = BibliographyImport.read(ris, Set.of());
        assertEquals(List.of(), back.fileProblems());
        assertEquals(withOneLineAbstract(sample()), back.records().stream().map(ImportedRecord::record).toList());
        // the abstract's line break is written as a space: RIS values are single lines
        assertEquals("Costs & benefits: 50% {braces} $money$ #1 under_score, \"quoted\", line break",
                back.records().get(0).record().abstractText());
    }

    @Test
    void bibTeXReadsBackThroughJbibtexWithStableKeys() throws Exception {
        String bib = BibliographyExport.toBibTeX(sample());
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        assertEquals(List.of("brown2003", "brown2003a", "bel2010", "greve2010", "worldbank2017", "shared2021"),
                db.getEntries().keySet().stream().map(Key::getValue).toList());
        BibTeXEntry first = db.getEntries().get(new Key("brown2003"));
        assertEquals(BibTeXEntry.TYPE_ARTICLE, first.getType());
        assertEquals("Brown, Trevor L. and Potoski, Matthew", first.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("441--468", first.getField(BibTeXEntry.KEY_PAGES).toUserString());
        assertEquals("Costs \\& benefits: 50\\% \\{braces\\} \\$money\\$ \\#1 under\\_score, \"quoted\", line break",
                first.getField(new Key("abstract")).toUserString());
        assertEquals("10.1093/jopart/mug030", first.getField(BibTeXEntry.KEY_DOI).toUserString());

        // and the library's own reader turns the LaTeX back into the same entries
        ImportPreview back = BibliographyImport.read(bib, Set.of());
        assertEquals(withOneLineAbstract(sample()), back.records().stream().map(ImportedRecord::record).toList());
    }

    /** Both text formats write a field on one line, so a line break in the abstract comes back as a space. */
    private static List<BibliographicRecord> withOneLineAbstract(List<BibliographicRecord> records) {
        List<BibliographicRecord> expected = new ArrayList<>(records);
        BibliographicRecord a = expected.get(0);
        expected.set(0, new BibliographicRecord(a.type(), a.authors(), a.year(), a.title(), a.container(),
                a.publisher(), a.volume(), a.issue(), a.pages(), a.doi(), a.url(),
                a.abstractText().replace('\n', ' '), a.tags()));
        return expected;
    }

    @Test
    void cslJsonReadsBackThroughCiteproc() throws IOException {
        String json = BibliographyExport.toCslJson(sample());
        List<Object> items = new JsonParser(new JsonLexer(new StringReader(json))).parseArray();
        assertEquals(sample().size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            @SuppressWarnings("unchecked")
            CSLItemData item = CSLItemData.fromJson((Map<String, Object>) items.get(i));
            BibliographicRecord r = sample().get(i);
            assertEquals("item-" + (i + 1), item.getId());
            assertEquals(CslItems.typeOf(r.type()), item.getType());
            assertEquals(r.title(), item.getTitle());
            assertEquals(r.container(), item.getContainerTitle());
            assertEquals(r.publisher(), item.getPublisher());
            assertEquals(r.volume(), item.getVolume());
            assertEquals(r.issue(), item.getIssue());
            assertEquals(r.pages(), item.getPage());
            assertEquals(r.doi(), item.getDOI());
            assertEquals(r.url(), item.getURL());
            assertEquals(r.abstractText(), item.getAbstrct());
            assertEquals(r.year().intValue(), item.getIssued().getDateParts()[0][0]);
            assertEquals(r.tags().isEmpty() ? null : String.join(", ", r.tags()), item.getKeyword());
            List<Author> authors = item.getAuthor() == null ? List.of() : Arrays.stream(item.getAuthor())
                    .map(BibliographyExportTest::author).toList();
            assertEquals(r.authors(), authors);
        }
    }

    private static Author author(CSLName name) {
        return name.getLiteral() != null ? new Author(name.getLiteral(), "") : new Author(name.getFamily(), name.getGiven());
    }

    @Test
    void csvReadsBackThroughCommonsCsv() throws IOException {
        String csv = BibliographyExport.toCsv(sample());
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            assertEquals(BibliographyExport.CSV_HEADER, parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(sample().size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord row = rows.get(i);
                BibliographicRecord r = sample().get(i);
                assertEquals(r.type().name(), row.get("type"));
                assertEquals(String.join("; ", r.authors().stream().map(Author::familyFirst).toList()), row.get("authors"));
                assertEquals(r.year().toString(), row.get("year"));
                assertEquals(r.container() == null ? "" : r.container(), row.get("container"));
                assertEquals(r.pages() == null ? "" : r.pages(), row.get("pages"));
                assertEquals(r.doi() == null ? "" : r.doi(), row.get("doi"));
                assertEquals(r.url() == null ? "" : r.url(), row.get("url"));
                assertEquals(r.abstractText() == null ? "" : r.abstractText(), row.get("abstract"));
                assertEquals(String.join("; ", r.tags()), row.get("tags"));
                String expectedTitle = r.title().startsWith("=") ? "'" + r.title() : r.title();
                assertEquals(expectedTitle, row.get("title"));
            }
            assertEquals("'=Shared services", rows.get(5).get("title"), "a formula-like cell is made plain text");
        }
    }

    @Test
    void keysForManyWorksOfOneAuthorAndYearStayDistinct() throws Exception {
        List<BibliographicRecord> same = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            same.add(BibliographicRecord.builder().type(BibliographyType.REPORT).author("Warner", "Mildred E.")
                    .year(2012).title("Report " + i).build());
        }
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(BibliographyExport.toBibTeX(same)));
        assertEquals(30, db.getEntries().size());
        assertTrue(db.getEntries().containsKey(new Key("warner2012")));
        assertTrue(db.getEntries().containsKey(new Key("warner2012z")));
        assertTrue(db.getEntries().containsKey(new Key("warner2012aa")));
    }
}
