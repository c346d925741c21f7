package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BibliographyImportBibTeXTest {

    private static final String GOOD = """
            @article{hefetz2004,
              author = {Hefetz, Amir and Mildred E. Warner},
              title = {Privatization and its reverse: Explaining the dynamics of the government contracting process},
              journal = {Journal of Public Administration Research and Theory},
              year = 2004, volume = {14}, number = {2}, pages = {171--190},
              doi = {https://doi.org/10.1093/JOPART/muh012},
              keywords = {contracting out; reverse contracting}
            }
            """;

    @Test
    void aGoodEntryIsReadWithAllItsFields() {
        ImportPreview preview = BibliographyImport.read(GOOD, Set.of());
        assertEquals("BibTeX", preview.format());
        assertEquals(1, preview.records().size());
        ImportedRecord imported = preview.records().get(0);
        assertEquals(ImportStatus.NEW, imported.status());
        assertEquals(1, imported.line());
        assertEquals(List.of(), imported.messages());
        BibliographicRecord r = imported.record();
        assertEquals(BibliographyType.ARTICLE, r.type());
        assertEquals(List.of(new Author("Hefetz", "Amir"), new Author("Warner", "Mildred E.")), r.authors());
        assertEquals(2004, r.year());
        assertEquals("Privatization and its reverse: Explaining the dynamics of the government contracting process",
                r.title());
        assertEquals("Journal of Public Administration Research and Theory", r.container());
        assertEquals("14", r.volume());
        assertEquals("2", r.issue());
        assertEquals("171-190", r.pages());
        assertEquals("10.1093/jopart/muh012", r.doi());
        assertEquals(List.of("contracting out", "reverse contracting"), r.tags());
        assertTrue(preview.canBeSaved());
        assertEquals(List.of(r), preview.newRecords());
    }

    @Test
    void latexAccentsAndEscapesBecomePlainText() {
        String bib = """
                @book{bel,
                  author = {Bel, Germ{\\`a} and M{\\"u}ller, J{\\"o}rg and van der Berg, Anna and Jean-Luc Pic{\\'a}rd and {World Bank}},
                  title = {Caf{\\'e}s \\& {Public} Services -- a survey},
                  publisher = {Edward Elgar}, year = {2016}, url = {https://example.org/a\\_b}
                }
                """;
        BibliographicRecord r = BibliographyImport.read(bib, Set.of()).records().get(0).record();
        assertEquals(List.of(new Author("Bel", "Germà"), new Author("Müller", "Jörg"),
                new Author("van der Berg", "Anna"), new Author("Picárd", "Jean-Luc"), new Author("World Bank", "")),
                r.authors());
        assertEquals("Cafés & Public Services \u2013 a survey", r.title());
        assertEquals("https://example.org/a_b", r.url());
        assertEquals(BibliographyType.BOOK, r.type());
    }

    @Test
    void stringAbbreviationsAndCommentsAreHonoured() {
        String bib = """
                @comment{exported from a reference manager}
                @string{jpart = "Journal of Public Administration Research and Theory"}
                @article{a, author = {Brown, Trevor L.}, title = {Transaction costs}, journal = jpart, year = 2003}
                """;
        ImportPreview preview = BibliographyImport.read(bib, Set.of());
        assertEquals(1, preview.records().size());
        assertEquals("Journal of Public Administration Research and Theory", preview.records().get(0).record().container());
        assertEquals(3, preview.records().get(0).line());
    }

    @Test
    void anUndefinedAbbreviationIsReportedAtItsEntry() {
        String bib = """
                @article{a, author = {Brown, T.}, title = {One}, journal = {J}, year = 2003, month = jan}

                @article{b, author = {Brown, T.}, title = {Two}, journal = jpart, year = 2003}
                """;
        List<ImportedRecord> records = BibliographyImport.read(bib, Set.of()).records();
        assertEquals(ImportStatus.NEW, records.get(0).status(), "month abbreviations are known");
        assertEquals(List.of("Line 3: this entry uses an abbreviation that no @string defines."),
                records.get(1).messages());
        assertEquals(ImportStatus.MALFORMED, records.get(1).status());
    }

    @Test
    void duplicatesInTheFileAndInTheLibraryAreFoundWithTheirLines() {
        String bib = """
                @article{one,
                  author = {Feiock, Richard C.}, title = {The institutional collective action framework},
                  journal = {Policy Studies Journal}, year = {2013}, doi = {10.1111/psj.12023}
                }

                @article{again,
                  author = {Feiock, R. C.}, title = {The Institutional Collective-Action Framework!},
                  journal = {PSJ}, year = {2013}
                }
                @article{sameDoi,
                  author = {Feiock, R.}, title = {Other wording}, journal = {PSJ}, year = {2014},
                  doi = {doi:10.1111/PSJ.12023}
                }
                @book{known,
                  author = {Agranoff, Robert}, title = {Collaborative Public Management}, year = {2003}
                }
                """;
        Set<String> existing = BibliographyImport.duplicateKeys(BibliographicRecord.builder()
                .type(BibliographyType.BOOK).author("Agranoff", "Robert").year(2003)
                .title("Collaborative public management").build());
        ImportPreview preview = BibliographyImport.read(bib, existing);
        List<ImportedRecord> records = preview.records();
        assertEquals(List.of(ImportStatus.NEW, ImportStatus.DUPLICATE, ImportStatus.DUPLICATE, ImportStatus.DUPLICATE),
                records.stream().map(ImportedRecord::status).toList());
        assertEquals(List.of(1, 6, 10, 14), records.stream().map(ImportedRecord::line).toList());
        assertEquals(List.of("Line 6: the same title and year already appears in the record at line 1 of this file."),
                records.get(1).messages());
        assertEquals(List.of("Line 10: the same DOI already appears in the record at line 1 of this file."),
                records.get(2).messages());
        assertEquals(List.of("Line 14: a work with this title and year is already in the library."),
                records.get(3).messages());
        assertEquals(1, preview.newRecords().size());
        assertTrue(preview.canBeSaved());
    }

    @Test
    void brokenEntriesAreReportedAtTheirLinesAndTheRestIsStillRead() {
        String bib = """
                @article{noYear,
                  author = {Savas, E. S.}, title = {Privatization}, journal = {J}
                }
                @article{broken,
                  author = {Hodge, Graeme}, title = {Public-private partnerships,
                  journal = {PAR}, year = {2007}

                @article{good, author = {Sclar, Elliott D.}, title = {You don't always get what you pay for}, year = {2000}}
                @article{badSyntax, author = {X, Y} title = {No comma before this field}, year = {2001}}
                @book{fine, author = {Hodge, Graeme A.}, title = {Privatization}, year = {2000}, publisher = {Westview}}
                """;
        ImportPreview preview = BibliographyImport.read(bib, Set.of());
        List<ImportedRecord> records = preview.records();
        assertEquals(List.of(1, 4, 8, 9, 10), records.stream().map(ImportedRecord::line).toList());
        assertEquals(List.of(ImportStatus.MALFORMED, ImportStatus.MALFORMED, ImportStatus.NEW, ImportStatus.MALFORMED,
                ImportStatus.NEW), records.stream().map(ImportedRecord::status).toList());
        assertEquals(List.of("Line 1: the year is missing."), records.get(0).messages());
        assertNull(records.get(1).record());
        assertTrue(records.get(1).messages().get(0).startsWith("Line 4: this entry could not be read"),
                records.get(1).messages().toString());
        assertTrue(records.get(3).messages().get(0).startsWith("Line 9: this entry could not be read"),
                records.get(3).messages().toString());
        assertEquals(2, preview.count(ImportStatus.NEW));
        assertTrue(preview.canBeSaved());
    }

    @Test
    void charactersTheLexerRefusesAreReportedNotThrown() {
        ImportPreview preview = BibliographyImport.read("@article{x, author = {A, B}, title = {T}, year = 20#03 }\n"
                + "@article{y, author = {A, B}, title = {T}, \u0000 year = {2003}}", Set.of());
        assertEquals(2, preview.records().size());
        assertTrue(preview.records().stream().allMatch(r -> r.status() == ImportStatus.MALFORMED));
        assertFalse(preview.canBeSaved());
    }

    @Test
    void theDemonstrationFileImportsAsTwentyNewWorks() throws IOException {
        String demo;
        try (InputStream in = getClass().getResourceAsStream("/content/bibliography-demo.bib")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ImportPreview preview = BibliographyImport.read(demo, Set.of());
        assertEquals(List.of(), preview.allMessages());
        assertEquals(20, preview.records().size());
        assertEquals(20, preview.count(ImportStatus.NEW));
        assertTrue(preview.newRecords().stream().anyMatch(r -> r.authors().get(0).equals(new Author("Bel", "Germà"))));
        // importing it a second time finds every work already there
        Set<String> existing = new java.util.HashSet<>();
        preview.newRecords().forEach(r -> existing.addAll(BibliographyImport.duplicateKeys(r)));
        assertEquals(20, BibliographyImport.read(demo, existing).count(ImportStatus.DUPLICATE));
    }
}
