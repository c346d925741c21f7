package org.civicportal.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A report of several letter-size pages: headings, wrapped paragraphs and bullets flow from page
 * to page, and a drawing can take a block of the page. For documents handed to a council, where
 * the text matters more than the layout.
 */
public final class FlowingPdf implements AutoCloseable {

    /** Draws inside a block: x and y are the block's lower-left corner, in points. */
    @FunctionalInterface
    public interface Drawing {
        void draw(PDPageContentStream canvas, float x, float y) throws IOException;
    }

    private static final float MARGIN = 60;
    private static final PDRectangle SIZE = PDRectangle.LETTER;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream canvas;
    private float y;

    public FlowingPdf(String title, String author) {
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setAuthor(author);
        newPage();
    }

    public FlowingPdf title(String text) throws IOException {
        return write(text, bold, 18, 0, 10);
    }

    public FlowingPdf heading(String text) throws IOException {
        space(26 + 14 * 3); // keep a heading with the first lines under it
        y -= 8;
        return write(text, bold, 13, 0, 4);
    }

    public FlowingPdf paragraph(String text) throws IOException {
        return write(text, regular, 10.5f, 0, 6);
    }

    public FlowingPdf strong(String text) throws IOException {
        return write(text, bold, 10.5f, 0, 6);
    }

    public FlowingPdf bullet(String text) throws IOException {
        List<String> lines = wrap(printable(text), regular, 10.5f, width() - 14);
        for (int i = 0; i < lines.size(); i++) {
            space(14);
            y -= 14;
            if (i == 0) {
                show("-", regular, 10.5f, MARGIN);
            }
            show(lines.get(i), regular, 10.5f, MARGIN + 14);
        }
        y -= 3;
        return this;
    }

    /** A block of the given height for a drawing, on this page if it fits. */
    public FlowingPdf drawing(float height, Drawing drawing) throws IOException {
        space(height + 10);
        y -= height + 10;
        drawing.draw(canvas, MARGIN, y);
        return this;
    }

    public void save(OutputStream out) throws IOException {
        canvas.close();
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private FlowingPdf write(String text, PDType1Font font, float size, float indent, float after) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(printable(text), font, size, width() - indent)) {
            space(leading);
            y -= leading;
            show(line, font, size, MARGIN + indent);
        }
        y -= after;
        return this;
    }

    private void show(String line, PDType1Font font, float size, float x) throws IOException {
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.newLineAtOffset(x, y);
        canvas.showText(line);
        canvas.endText();
    }

    private void space(float needed) throws IOException {
        if (y - needed < MARGIN) {
            canvas.close();
            newPage();
        }
    }

    private void newPage() {
        try {
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            canvas = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new IllegalStateException("A page could not be started", e);
        }
    }

    private static float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The standard fonts cover Latin-1: typographic quotes and signs are replaced by their plain forms. */
    public static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(switch (c) {
                case '\u2018', '\u2019' -> '\'';
                case '\u201c', '\u201d' -> '"';
                case '\u2212', '\u2013', '\u2014' -> '-';
                case '\u203a' -> '>';
                default -> c <= 0xFF ? c : '?';
            });
        }
        return out.toString();
    }
}
