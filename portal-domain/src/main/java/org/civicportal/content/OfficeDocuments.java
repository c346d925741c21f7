package org.civicportal.content;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Tells office documents apart from other ZIP files by the entries they must have: OOXML
 * (Word, Excel, PowerPoint) by {@code [Content_Types].xml} and its main folder, OpenDocument by
 * its stored {@code mimetype} entry. Documents that carry macros are not office documents here.
 */
final class OfficeDocuments {

    /** What a ZIP file is called when it holds macros, which could run code on a reader's machine. */
    static final String WITH_MACROS = "application/x-office-with-macros";
    /** What a ZIP file is called when it has too many entries to look into. */
    static final String TOO_MANY_ENTRIES = "application/x-zip-too-many-entries";

    private static final Set<String> OPEN_DOCUMENT = Set.of(AttachmentCheck.ODT, AttachmentCheck.ODS,
            AttachmentCheck.ODP);

    private OfficeDocuments() {
    }

    /** The media type of a ZIP-based file: an office document's, or "application/zip". */
    static String typeOf(byte[] content) {
        ZipDirectory.Listing zip = ZipDirectory.read(content);
        if (zip.tooManyEntries()) {
            return TOO_MANY_ENTRIES;
        }
        if (!zip.readable()) {
            return "application/zip";
        }
        if (zip.has("[Content_Types].xml")) {
            if (zip.entries().stream().anyMatch(e -> e.name().endsWith("vbaProject.bin"))) {
                return WITH_MACROS;
            }
            if (zip.has("word/document.xml") || zip.hasUnder("word/") && zip.has("_rels/.rels")) {
                return AttachmentCheck.DOCX;
            }
            if (zip.has("xl/workbook.xml") || zip.hasUnder("xl/") && zip.has("_rels/.rels")) {
                return AttachmentCheck.XLSX;
            }
            if (zip.has("ppt/presentation.xml") || zip.hasUnder("ppt/") && zip.has("_rels/.rels")) {
                return AttachmentCheck.PPTX;
            }
            return "application/x-tika-ooxml";
        }
        ZipDirectory.Entry mimetype = zip.find("mimetype");
        if (mimetype != null) {
            byte[] declared = ZipDirectory.storedContent(content, mimetype, 100);
            String type = declared == null ? "" : new String(declared, StandardCharsets.US_ASCII).strip();
            if (OPEN_DOCUMENT.contains(type)) {
                // OpenDocument keeps macros in Basic/ and scripts in Scripts/.
                return zip.hasUnder("Basic/") || zip.hasUnder("Scripts/") ? WITH_MACROS : type;
            }
        }
        return "application/zip";
    }
}
