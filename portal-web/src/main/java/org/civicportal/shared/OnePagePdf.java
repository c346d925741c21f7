package org.civicportal.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page letter-size PDF the association issues (receipts, certificates): the association's
 * name, a heading, rows of label and value, and a closing line.
 */
public final class OnePagePdf {

    /** One row: a bold label and its value. */
    public record Row(String label, String value) {
    }

    private OnePagePdf() {
    }

    public static void write(String associationName, String documentTitle, String heading, List<Row> rows, String closing,
                             OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(documentTitle);
            info.setAuthor(associationName);
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - 72;
                line(text, bold, 20, 72, y, associationName);
                y -= 30;
                line(text, bold, 14, 72, y, heading);
                y -= 30;
                for (Row row : rows) {
                    line(text, bold, 11, 72, y, row.label());
                    line(text, regular, 11, 220, y, row.value());
                    y -= 20;
                }
                y -= 20;
                line(text, regular, 10, 72, y, closing);
            }
            document.save(out);
        }
    }

    private static void line(PDPageContentStream text, PDType1Font font, float size, float x, float y, String value)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(FlowingPdf.printable(value));
        text.endText();
    }

}
