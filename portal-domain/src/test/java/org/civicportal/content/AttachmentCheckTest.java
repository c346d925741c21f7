package org.civicportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Real small files, made here, each get the verdict a careful person would give. */
class AttachmentCheckTest {

    static final String ONLY = "Only PDF, images (PNG, JPEG, GIF, WebP), office documents (Word, Excel, "
            + "PowerPoint, OpenDocument) and plain text or CSV can be attached; this file is ";

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(picture, format, out), format);
        return out.toByteArray();
    }

    /** A lossless WebP header (RIFF, VP8L) for a picture of the given size; no pixel data is needed. */
    static byte[] webP(int width, int height) {
        int bits = (width - 1) | (height - 1) << 14;
        ByteBuffer b = ByteBuffer.allocate(30).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0x2f).putInt(bits);
        return b.array();
    }

    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] data = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndContents[i]);
                if (namesAndContents[i].equals("mimetype")) {
                    // OpenDocument stores this entry uncompressed, first.
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] ooxml(String mainPart) throws IOException {
        return zip("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>",
                mainPart, "<?xml version=\"1.0\"?><document/>");
    }

    private static void assertAccepted(String mediaType, String safeName, AttachmentCheck.Verdict verdict) {
        assertEquals(new AttachmentCheck.Verdict(true, mediaType, null, safeName), verdict);
    }

    private static void assertRefused(String problem, AttachmentCheck.Verdict verdict) {
        assertFalse(verdict.accepted());
        assertEquals(problem, verdict.problem());
        assertNull(verdict.safeFileName());
    }

    @Test
    void aPdfIsAccepted() {
        assertAccepted("application/pdf", "Annual-report-2024.pdf", AttachmentCheck.check("Annual report 2024.pdf", pdf()));
    }

    @Test
    void imagesAreAcceptedWithTheirRealExtension() throws IOException {
        assertAccepted("image/png", "chart.png", AttachmentCheck.check("chart.png", image("png", 4, 3)));
        assertAccepted("image/jpeg", "photo.jpg", AttachmentCheck.check("photo.jpeg", image("jpeg", 4, 3)));
        assertAccepted("image/gif", "anim.gif", AttachmentCheck.check("anim.gif", image("gif", 4, 3)));
        assertAccepted("image/webp", "map.webp", AttachmentCheck.check("map.webp", webP(300, 200)));
        // A PNG named .jpg is still a harmless picture; it is served under its real extension.
        assertAccepted("image/png", "photo.png", AttachmentCheck.check("photo.jpg", image("png", 4, 3)));
    }

    @Test
    void officeDocumentsAreRecognisedByTheirEntries() throws IOException {
        assertAccepted(AttachmentCheck.DOCX, "minutes.docx", AttachmentCheck.check("minutes.docx", ooxml("word/document.xml")));
        assertAccepted(AttachmentCheck.XLSX, "budget.xlsx", AttachmentCheck.check("budget.xlsx", ooxml("xl/workbook.xml")));
        assertAccepted(AttachmentCheck.PPTX, "talk.pptx", AttachmentCheck.check("talk.pptx", ooxml("ppt/presentation.xml")));
        byte[] odt = zip("mimetype", AttachmentCheck.ODT, "content.xml", "<office:document-content/>");
        assertAccepted(AttachmentCheck.ODT, "notes.odt", AttachmentCheck.check("notes.odt", odt));
        byte[] ods = zip("mimetype", AttachmentCheck.ODS, "content.xml", "<office:document-content/>");
        assertAccepted(AttachmentCheck.ODS, "figures.ods", AttachmentCheck.check("figures", ods));
    }

    @Test
    void documentsWithMacrosAreRefused() throws IOException {
        byte[] docm = zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<document/>",
                "word/vbaProject.bin", "macro");
        AttachmentCheck.Verdict verdict = AttachmentCheck.check("minutes.docx", docm);
        assertRefused("The file's name says .docx but its content is not a Word document.", verdict);
        assertRefused(ONLY + "a document with macros, which could run code: save it without macros "
                + "(.docx, .xlsx, .pptx or OpenDocument).", AttachmentCheck.check("minutes.docm", docm));
    }

    @Test
    void textAndCsvAreAccepted() {
        byte[] csv = "year,amount\n2024,1000\n2025,1200\n".getBytes(StandardCharsets.UTF_8);
        assertAccepted("text/csv", "amounts.csv", AttachmentCheck.check("amounts.csv", csv));
        assertAccepted("text/plain", "readme.txt", AttachmentCheck.check("readme.txt",
                "Plain words about the survey.\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void svgHtmlXmlAndScriptsAreRefused() {
        byte[] svg = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                + "<circle r=\"4\"/></svg>").getBytes(StandardCharsets.UTF_8);
        assertRefused(ONLY + "an SVG image.", AttachmentCheck.check("logo.svg", svg));
        assertRefused("The file's name says .png but its content is not a PNG image.",
                AttachmentCheck.check("logo.png", svg));

        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        AttachmentCheck.Verdict renamed = AttachmentCheck.check("report.pdf", html);
        assertRefused("The file's name says .pdf but its content is not a PDF.", renamed);
        assertEquals("text/html", renamed.mediaType());
        assertRefused(ONLY + "a web page (HTML).", AttachmentCheck.check("page.html", html));
        // Markup Tika would call plain text is still refused: a sniffing browser would run it.
        assertRefused(ONLY + "a web page (HTML).", AttachmentCheck.check("notes",
                "\n  <img src=x onerror=alert(1)>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void archivesAndProgramsAreRefused() throws IOException {
        byte[] archive = zip("data/a.csv", "a,b\n", "data/b.csv", "c,d\n");
        AttachmentCheck.Verdict verdict = AttachmentCheck.check("data.zip", archive);
        assertRefused(ONLY + "a ZIP archive.", verdict);
        assertEquals("application/zip", verdict.mediaType());

        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        AttachmentCheck.Verdict exe = AttachmentCheck.check("setup.exe", program);
        assertFalse(exe.accepted());
        assertTrue(exe.problem().startsWith(ONLY), exe.problem());
    }

    @Test
    void emptyAndOversizeFilesAreRefused() {
        assertRefused("This file is empty.", AttachmentCheck.check("empty.pdf", new byte[0]));
        assertRefused("This file is empty.", AttachmentCheck.check("empty.pdf", null));
        byte[] big = Arrays.copyOf(pdf(), (int) AttachmentCheck.DEFAULT_MAX_BYTES + 1);
        assertRefused("This file is larger than 10 MB.", AttachmentCheck.check("big.pdf", big));
        assertTrue(AttachmentCheck.check("limit.pdf", Arrays.copyOf(pdf(), (int) AttachmentCheck.DEFAULT_MAX_BYTES))
                .accepted());
        assertRefused("This file is larger than 1 KB.", AttachmentCheck.check("a.pdf", Arrays.copyOf(pdf(), 2048), 1024));
    }

    @Test
    void imageSizeIsReadFromTheHeader() throws IOException {
        assertEquals(new AttachmentCheck.Dimensions(40, 30), AttachmentCheck.imageSize(image("png", 40, 30)));
        assertEquals(new AttachmentCheck.Dimensions(17, 9), AttachmentCheck.imageSize(image("jpeg", 17, 9)));
        assertEquals(new AttachmentCheck.Dimensions(5, 6), AttachmentCheck.imageSize(image("gif", 5, 6)));
        assertEquals(new AttachmentCheck.Dimensions(8000, 5000), AttachmentCheck.imageSize(webP(8000, 5000)));
        assertThrows(IllegalArgumentException.class, () -> AttachmentCheck.imageSize(pdf()));
    }

    @Test
    void decompressionBombsAreRefused() throws IOException {
        byte[] bomb = withPngSize(image("png", 2, 2), 100_000, 100_000);
        assertEquals(new AttachmentCheck.Dimensions(100_000, 100_000), AttachmentCheck.imageSize(bomb));
        assertRefused("This image is too large (100000 × 100000 pixels): at most 8000 pixels a side and "
                + "40 megapixels in all.", AttachmentCheck.check("bomb.png", bomb));
        // Each side within the limit, but 7000 × 7000 is 49 megapixels.
        assertFalse(AttachmentCheck.check("big.png", withPngSize(image("png", 2, 2), 7000, 7000)).accepted());
        assertTrue(AttachmentCheck.check("ok.png", withPngSize(image("png", 2, 2), 8000, 5000)).accepted());
        assertFalse(AttachmentCheck.check("wide.webp", webP(9000, 10)).accepted());
    }

    /** The same PNG with its header (IHDR) claiming another size, checksum corrected. */
    static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        b.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return copy;
    }

    @Test
    void safeFileNamesKeepOnlyHeaderSafeCharacters() {
        assertEquals("Rapport-d-evaluation-2024-final.pdf",
                AttachmentCheck.check("Rapport d'évaluation 2024 (final).PDF", pdf()).safeFileName());
        assertEquals("report.pdf", AttachmentCheck.check("C:\\Users\\me\\Desktop\\report.pdf", pdf()).safeFileName());
        assertEquals("attachment.pdf", AttachmentCheck.check("..pdf", pdf()).safeFileName());
        assertEquals("attachment.pdf", AttachmentCheck.check(null, pdf()).safeFileName());
        assertEquals("a-Content-Type-x-b.pdf", AttachmentCheck.check("a\r\nContent-Type: x\";b.pdf", pdf())
                .safeFileName());
        String longName = AttachmentCheck.check("x".repeat(5000) + ".pdf", pdf()).safeFileName();
        assertEquals(AttachmentCheck.MAX_FILE_NAME_LENGTH, longName.length());
        assertTrue(longName.endsWith("x.pdf"), longName);
        // Whatever a name claims, the served name has the real type's extension.
        assertEquals("invoice.pdf", AttachmentCheck.check("invoice.exe", pdf()).safeFileName());
    }
}
