package org.civicportal.content;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, for the search. Bounded: the first {@link #MAX_PAGES} pages, at most
 * {@link #MAX_CHARS} characters, in a limited amount of memory; a file that cannot be read (broken,
 * encrypted) simply has no text.
 */
public final class PdfText {

    static final int MAX_PAGES = 200;
    static final int MAX_CHARS = 500_000;
    private static final long MAX_MEMORY = 64L * 1024 * 1024;

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMixed(MAX_MEMORY).streamCache)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            String text = stripper.getText(document).strip();
            return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }
}
