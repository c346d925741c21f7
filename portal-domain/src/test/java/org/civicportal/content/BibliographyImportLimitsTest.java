package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hostile files near the 2 MiB cap are answered quickly and without crashing. */
class BibliographyImportLimitsTest {

    private static final int NEAR_CAP = BibliographyImport.MAX_FILE_BYTES - 200;
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @Test
    void tooManyBibTeXEntriesAreRefusedAsAWhole() {
        ImportPreview preview = assertTimeoutPreemptively(QUICKLY,
                () -> BibliographyImport.read("@".repeat(NEAR_CAP), Set.of()));
        assertEquals(List.of("The file has more than 5000 records; please split it into smaller files."),
                preview.fileProblems());
        assertFalse(preview.canBeSaved());

        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= BibliographyImport.MAX_RECORDS; i++) {
            many.append("@book{k").append(i).append(", author = {A, B}, title = {T").append(i).append("}, year = 2000}\n");
        }
        assertEquals(1, BibliographyImport.read(many.toString(), Set.of()).fileProblems().size());
    }

    @Test
    void tooManyRisRecordsAreRefusedAsAWhole() {
        ImportPreview preview = assertTimeoutPreemptively(QUICKLY,
                () -> BibliographyImport.read("TY  - JOUR\n".repeat(NEAR_CAP / 11), Set.of()));
        assertEquals(List.of("The file has more than 5000 records; please split it into smaller files."),
                preview.fileProblems());
    }

    @Test
    void deeplyNestedBracesAreAMalformedEntryNotACrash() {
        String nested = "@article{x, title = {" + "{".repeat(NEAR_CAP / 2 - 30) + "}".repeat(NEAR_CAP / 2 - 30)
                + "}, author = {A, B}, year = 2000}\n@book{y, author = {Sclar, E.}, title = {Fine}, year = 2000}";
        ImportPreview preview = assertTimeoutPreemptively(QUICKLY, () -> BibliographyImport.read(nested, Set.of()));
        assertEquals(List.of(ImportStatus.MALFORMED, ImportStatus.NEW),
                preview.records().stream().map(ImportedRecord::status).toList());
        assertEquals(List.of("Line 1: this entry has braces nested more than 16 levels deep."),
                preview.records().get(0).messages());
        assertEquals(2, preview.records().get(1).line());

        String accents = "@article{x, title = {" + "{\\'".repeat(17) + "}".repeat(17) + "}, author = {A, B}, year = 2000}";
        assertEquals(ImportStatus.MALFORMED, BibliographyImport.read(accents, Set.of()).records().get(0).status());
    }

    @Test
    void longWrappedRisValuesAreJoinedInLinearTime() {
        String ris = "TY  - JOUR\nAU  - Warner, M.\nPY  - 2001\nTI  - T\nAB  - start\n" + "  more\n".repeat(NEAR_CAP / 7)
                + "ER  - \n";
        ImportPreview preview = assertTimeoutPreemptively(QUICKLY, () -> BibliographyImport.read(ris, Set.of()));
        ImportedRecord r = preview.records().get(0);
        assertEquals(ImportStatus.MALFORMED, r.status(), "the abstract is far over 5000 characters");
        assertTrue(r.messages().contains("Line 1: the abstract is longer than 5000 characters."), r.messages().toString());
    }
}
