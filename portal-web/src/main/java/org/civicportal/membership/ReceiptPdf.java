package org.civicportal.membership;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A one-page PDF receipt for a paid invoice. */
final class ReceiptPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private ReceiptPdf() {
    }

    static void write(Receipt receipt, String associationName, OutputStream out) throws IOException {
        Invoice invoice = receipt.invoice();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Receipt for invoice", invoice.getNumber()});
        rows.add(new String[] {"Member", receipt.payer().getFullName() + " <" + receipt.payer().getEmail() + ">"});
        rows.add(new String[] {"Local government", receipt.payer().getJurisdiction().getName() + ", "
                + receipt.payer().getJurisdiction().getRegion()});
        rows.add(new String[] {"Membership", invoice.getCategoryName()});
        rows.add(new String[] {"Period", invoice.period().describe()});
        rows.add(new String[] {"Annual rate", invoice.baseRate().format()});
        if (invoice.getDiscountReason() != null) {
            rows.add(new String[] {"Discount", invoice.getDiscountReason() + " (" + invoice.discount().format() + ")"});
        }
        rows.add(new String[] {"Total paid", invoice.totalDue().format()});
        rows.add(new String[] {"Paid by", receipt.payment().getMethod().getLabel() + ", reference " + receipt.payment().getReference()});
        rows.add(new String[] {"Received on", DAY.format(receipt.payment().getReceivedOn())});
        rows.add(new String[] {"Issued on", DAY.format(invoice.getIssuedAt().atZone(ZoneOffset.UTC).toLocalDate())});

        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Receipt " + invoice.getNumber());
            info.setAuthor(associationName);
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - 72;
                line(text, bold, 20, 72, y, associationName);
                y -= 30;
                line(text, bold, 14, 72, y, "Receipt: membership dues");
                y -= 30;
                for (String[] row : rows) {
                    line(text, bold, 11, 72, y, row[0]);
                    line(text, regular, 11, 220, y, row[1]);
                    y -= 20;
                }
                y -= 20;
                line(text, regular, 10, 72, y, "Thank you for supporting the association. Keep this receipt for your records.");
            }
            document.save(out);
        }
    }

    private static void line(PDPageContentStream text, PDType1Font font, float size, float x, float y, String value)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(printable(value));
        text.endText();
    }

    /** The standard PDF fonts cover Latin-1: other characters (e.g. the minus sign) are replaced. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c == '\u2212' ? '-' : c <= 0xFF ? c : '?');
        }
        return out.toString();
    }
}
