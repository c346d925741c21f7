package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BibliographyImportRisTest {

    private static final String GOOD = String.join("\r\n",
            "TY  - JOUR",
            "AU  - Hodge, Graeme A.",
            "AU  - Greve, Carsten",
            "PY  - 2007///",
            "TI  - Public-private partnerships: An international performance review",
            "JO  - Public Admin. Rev.",
            "JF  - Public Administration Review",
            "VL  - 67",
            "IS  - 3",
            "SP  - 545",
            "EP  - 558",
            "DO  - 10.1111/j.1540-6210.2007.00736.x",
            "UR  - https://onlinelibrary.wiley.com/doi/10.1111/j.1540-6210.2007.00736.x",
            "AB  - A review of the performance",
            "  of public-private partnerships.",
            "KW  - public-private partnerships",
            "KW  - infrastructure",
            "ER  - ",
            "");

    @Test
    void aGoodRecordIsReadWithAllItsFields() {
        ImportPreview preview = BibliographyImport.read(GOOD, Set.of());
        assertEquals("RIS", preview.format());
        assertEquals(1, preview.records().size());
        ImportedRecord imported = preview.records().get(0);
        assertEquals(ImportStatus.NEW, imported.status(), imported.messages().toString());
        assertEquals(1, imported.line());
        BibliographicRecord r = imported.record();
        assertEquals(BibliographyType.ARTICLE, r.type());
        assertEquals(List.of(new Author("Hodge", "Graeme A."), new Author("Greve", "Carsten")), r.authors());
        assertEquals(2007, r.year());
        assertEquals("Public-private partnerships: An international performance review", r.title());
        assertEquals("Public Administration Review", r.container());
        assertEquals("67", r.volume());
        assertEquals("3", r.issue());
        assertEquals("545-558", r.pages());
        assertEquals("10.1111/j.1540-6210.2007.00736.x", r.doi());
        assertEquals("https://onlinelibrary.wiley.com/doi/10.1111/j.1540-6210.2007.00736.x", r.url());
        assertEquals("A review of the performance of public-private partnerships.", r.abstractText());
        assertEquals(List.of("public-private partnerships", "infrastructure"), r.tags());
        assertTrue(preview.canBeSaved());
    }

    @Test
    void typeCodesMapToTheLibrarysKinds() {
        String ris = """
                TY  - BOOK
                A1  - Savas, E. S.
                Y1  - 2000
                T1  - Privatization and public-private partnerships
                PB  - Chatham House
                ER  -
                TY  - CHAP
                AU  - Greve, Carsten
                PY  - 2010
                TI  - A chapter
                T2  - International handbook on public-private partnerships
                PB  - Edward Elgar
                ER  -
                TY  - RPRT
                AU  - Office, Audit
                PY  - 2012
                TI  - A report
                ER  -
                TY  - ELEC
                PY  - 2021
                TI  - Shared services
                T2  - Local Government Association
                UR  - https://example.org/shared-services
                ER  -
                TY  - GEN
                AU  - Someone
                PY  - 2021
                TI  - Something generic
                ER  -
                """;
        ImportPreview preview = BibliographyImport.read(ris, Set.of());
        assertEquals(List.of(), preview.allMessages());
        assertEquals(List.of(BibliographyType.BOOK, BibliographyType.CHAPTER, BibliographyType.REPORT,
                BibliographyType.WEB_PAGE, BibliographyType.REPORT),
                preview.newRecords().stream().map(BibliographicRecord::type).toList());
        assertEquals(List.of(1, 7, 14, 19, 25), preview.records().stream().map(ImportedRecord::line).toList());
        assertEquals("International handbook on public-private partnerships", preview.newRecords().get(1).container());
        assertEquals(new Author("Someone", ""), preview.newRecords().get(4).authors().get(0));
    }

    @Test
    void duplicatesInTheFileAndInTheLibraryAreFoundWithTheirLines() {
        String ris = """
                TY  - JOUR
                AU  - Bel, Germà
                PY  - 2015
                TI  - Inter-municipal cooperation and costs: Expectations and evidence
                JO  - Public Administration
                ER  -

                TY  - JOUR
                AU  - Bel, G.
                PY  - 2015
                TI  - INTER-MUNICIPAL COOPERATION AND COSTS -- EXPECTATIONS AND EVIDENCE
                JO  - Public Adm.
                ER  -
                TY  - JOUR
                AU  - Brown, Trevor L.
                PY  - 2003
                TI  - Another title entirely
                DO  - https://doi.org/10.1093/jopart/mug030
                ER  -
                """;
        Set<String> existing = Set.of("doi:10.1093/jopart/mug030");
        List<ImportedRecord> records = BibliographyImport.read(ris, existing).records();
        assertEquals(List.of(ImportStatus.NEW, ImportStatus.DUPLICATE, ImportStatus.DUPLICATE),
                records.stream().map(ImportedRecord::status).toList());
        assertEquals(List.of("Line 8: the same title and year already appears in the record at line 1 of this file."),
                records.get(1).messages());
        assertEquals(List.of("Line 14: a work with this DOI is already in the library."), records.get(2).messages());
    }

    @Test
    void accentsDoNotHideADuplicateTitle() {
        BibliographicRecord a = BibliographicRecord.builder().title("Coopération intercommunale").year(2019).build();
        BibliographicRecord b = BibliographicRecord.builder().title("Cooperation Intercommunale.").year(2019).build();
        assertEquals(BibliographyImport.duplicateKeys(a), BibliographyImport.duplicateKeys(b));
        BibliographicRecord otherYear = BibliographicRecord.builder().title("Cooperation intercommunale").year(2020).build();
        assertFalse(BibliographyImport.duplicateKeys(a).equals(BibliographyImport.duplicateKeys(otherYear)));
    }

    @Test
    void brokenRecordsAreReportedAtTheirLines() {
        String ris = """
                TY  - JOUR
                AU  - Warner, Mildred
                TI  - Local government restructuring
                JO  - Journal of Policy Analysis and Management
                ER  -
                TY  - JOUR
                AU  - Warner, Mildred
                PY  - in press
                TI  - A paper
                ER  -
                AU  - Stray, Line
                TI  - Outside any record
                ER  -
                TY  - BOOK
                AU  - Sclar, Elliott D.
                PY  - 2000
                TI  - You don't always get what you pay for
                ER  -
                TY  - JOUR
                AU  - Cut, Off
                PY  - 2001
                TI  - The file ends before this record does
                """;
        ImportPreview preview = BibliographyImport.read(ris, Set.of());
        List<ImportedRecord> records = preview.records();
        assertEquals(List.of(1, 6, 11, 14, 19), records.stream().map(ImportedRecord::line).toList());
        assertEquals(List.of(ImportStatus.MALFORMED, ImportStatus.MALFORMED, ImportStatus.MALFORMED, ImportStatus.NEW,
                ImportStatus.MALFORMED), records.stream().map(ImportedRecord::status).toList());
        assertEquals(List.of("Line 1: the year is missing."), records.get(0).messages());
        assertEquals(List.of("Line 6: the year \"in press\" could not be read.", "Line 6: the year is missing."),
                records.get(1).messages());
        assertNull(records.get(2).record());
        assertEquals(List.of("Line 11: this line is outside a record; every record must begin with a TY line."),
                records.get(2).messages());
        assertEquals(List.of("Line 19: this record is not closed by an \"ER  - \" line."), records.get(4).messages());
        assertEquals(List.of(new Author("Sclar", "Elliott D.")), preview.newRecords().get(0).authors());
    }

    @Test
    void unreadableFilesSaveNothing() {
        for (String content : new String[] {null, "", "   \n", "Just some notes\nTY  - JOUR\n", "<xml/>",
                "% only a comment\n"}) {
            ImportPreview preview = BibliographyImport.read(content, Set.of());
            assertFalse(preview.canBeSaved(), String.valueOf(content));
            assertEquals(1, preview.fileProblems().size());
            assertEquals(List.of(), preview.records());
        }
        assertEquals(List.of("The file is empty."), BibliographyImport.read(" ", null).fileProblems());
        assertTrue(BibliographyImport.read("hello", Set.of()).fileProblems().get(0).startsWith("The file is neither BibTeX"));
    }

    @Test
    void aFileWithNoRecordsOrOnlyBrokenOnesCannotBeSaved() {
        ImportPreview comments = BibliographyImport.read("@comment{nothing here}\n", Set.of());
        assertEquals(List.of("The file contains no bibliography records."), comments.fileProblems());
        assertFalse(comments.canBeSaved());

        ImportPreview broken = BibliographyImport.read("TY  - JOUR\nTI  - No author, no year\nER  - \n", Set.of());
        assertEquals(List.of(), broken.fileProblems());
        assertEquals(ImportStatus.MALFORMED, broken.records().get(0).status());
        assertFalse(broken.canBeSaved());
    }

    @Test
    void filesOver2MiBAreRefusedBeforeReading() {
        String big = "TY  - JOUR\nAB  - " + "x".repeat(BibliographyImport.MAX_FILE_BYTES) + "\nER  - \n";
        ImportPreview preview = BibliographyImport.read(big, Set.of());
        assertEquals(List.of("The file is larger than 2 MiB; please split it into smaller files."), preview.fileProblems());
        assertFalse(preview.canBeSaved());
        // the cap counts bytes as uploaded: 1.2 million two-byte letters are over it
        assertFalse(BibliographyImport.read("@book{" + "é".repeat(1_200_000) + "}", Set.of()).canBeSaved());
        assertEquals(1, BibliographyImport.read("@book{" + "é".repeat(1_200_000) + "}", Set.of()).fileProblems().size());
    }
}
