package org.civicportal.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Checks a file an editor uploads to the library before it is stored: its type is found from its
 * content (never from its name), only documents and pictures are accepted, and the name it will be
 * served under is reduced to characters safe in a {@code Content-Disposition} header.
 *
 * <p>Accepted files should still be served with {@code Content-Disposition: attachment} (images
 * may be inline) and {@code X-Content-Type-Options: nosniff}, under the media type found here.
 */
public final class AttachmentCheck {

    /** 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The longest side of an accepted image, in pixels. */
    public static final int MAX_IMAGE_SIDE = 8_000;
    /** The most pixels an accepted image may have (40 megapixels). */
    public static final long MAX_IMAGE_PIXELS = 40_000_000L;
    /** The longest safe file name, extension included. */
    public static final int MAX_FILE_NAME_LENGTH = 100;

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";

    /** Each accepted media type, its usual extension, and what people call it. */
    private static final Map<String, String[]> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", new String[] {"pdf", "a PDF"}),
            Map.entry("image/png", new String[] {"png", "a PNG image"}),
            Map.entry("image/jpeg", new String[] {"jpg", "a JPEG image"}),
            Map.entry("image/gif", new String[] {"gif", "a GIF image"}),
            Map.entry("image/webp", new String[] {"webp", "a WebP image"}),
            Map.entry(DOCX, new String[] {"docx", "a Word document"}),
            Map.entry(XLSX, new String[] {"xlsx", "an Excel workbook"}),
            Map.entry(PPTX, new String[] {"pptx", "a PowerPoint presentation"}),
            Map.entry(ODT, new String[] {"odt", "an OpenDocument text"}),
            Map.entry(ODS, new String[] {"ods", "an OpenDocument spreadsheet"}),
            Map.entry(ODP, new String[] {"odp", "an OpenDocument presentation"}),
            Map.entry("text/plain", new String[] {"txt", "a plain text file"}),
            Map.entry("text/csv", new String[] {"csv", "a CSV file"}));

    /** Other names of the accepted extensions. */
    private static final Map<String, String> EXTENSION_ALIASES = Map.of("jpeg", "jpg", "jpe", "jpg", "text", "txt");

    /** Groups within which a name's extension may differ from the content: harmless, and common. */
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private static final Map<String, String> REFUSED_NAMES = Map.ofEntries(
            Map.entry("application/zip", "a ZIP archive"),
            Map.entry(OfficeDocuments.WITH_MACROS, "a document with macros, which could run code: "
                    + "save it without macros (.docx, .xlsx, .pptx or OpenDocument)"),
            Map.entry(OfficeDocuments.TOO_MANY_ENTRIES, "an archive with too many parts to check"),
            Map.entry("application/x-tika-ooxml", "an Office file we could not recognise"),
            Map.entry("application/x-tika-msoffice",
                    "an older Office file (.doc, .xls or .ppt): save it as .docx, .xlsx or .pptx"),
            Map.entry("application/x-rar-compressed", "a RAR archive"),
            Map.entry("application/x-7z-compressed", "a 7-Zip archive"),
            Map.entry("application/gzip", "a compressed archive"),
            Map.entry("application/x-tar", "a TAR archive"),
            Map.entry("text/html", "a web page (HTML)"),
            Map.entry("application/xhtml+xml", "a web page (XHTML)"),
            Map.entry("image/svg+xml", "an SVG image"),
            Map.entry("application/xml", "an XML file"),
            Map.entry("text/xml", "an XML file"),
            Map.entry("application/javascript", "a script"),
            Map.entry("text/javascript", "a script"),
            Map.entry("application/x-msdownload", "a program"),
            Map.entry("application/x-dosexec", "a program"),
            Map.entry("application/x-executable", "a program"),
            Map.entry("application/x-elf", "a program"),
            Map.entry("application/x-mach-o-executable", "a program"),
            Map.entry("application/java-archive", "a program"),
            Map.entry("application/x-sh", "a script"),
            Map.entry("application/octet-stream", "of a kind we could not recognise"));

    private static final String ALLOWED_KINDS = "Only PDF, images (PNG, JPEG, GIF, WebP), office documents "
            + "(Word, Excel, PowerPoint, OpenDocument) and plain text or CSV can be attached";

    private AttachmentCheck() {
    }

    /**
     * The outcome of a check.
     *
     * @param accepted     whether the file may be stored
     * @param mediaType    its type as found from its content (null for an empty file)
     * @param problem      why it is refused, in plain words; null when accepted
     * @param safeFileName the name to serve it under, with the extension of its real type; null when refused
     */
    public record Verdict(boolean accepted, String mediaType, String problem, String safeFileName) {
        static Verdict refused(String mediaType, String problem) {
            return new Verdict(false, mediaType, problem, null);
        }
    }

    /** An image's size in pixels. */
    public record Dimensions(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }

        /** Whether the picture is small enough to be decoded safely (see the class constants). */
        public boolean withinLimits() {
            return width > 0 && height > 0 && width <= MAX_IMAGE_SIDE && height <= MAX_IMAGE_SIDE
                    && pixels() <= MAX_IMAGE_PIXELS;
        }
    }

    /** {@link #check(String, byte[], long)} with {@link #DEFAULT_MAX_BYTES}. */
    public static Verdict check(String fileName, byte[] content) {
        return check(fileName, content, DEFAULT_MAX_BYTES);
    }

    /**
     * Checks an uploaded file.
     *
     * @param fileName the name the browser sent (may be null, may hold a path)
     * @param content  the file's bytes
     * @param maxBytes the largest size accepted
     */
    public static Verdict check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            return Verdict.refused(null, "This file is empty.");
        }
        if (content.length > maxBytes) {
            return Verdict.refused(null, "This file is larger than " + readableSize(maxBytes) + ".");
        }
        String name = SafeFileName.baseName(fileName);
        String claimed = SafeFileName.extensionOf(name);
        String type = detect(content);
        String[] accepted = ACCEPTED.get(type);
        String claimedType = claimed == null ? null : typeOfExtension(claimed);
        if (claimedType != null && !claimedType.equals(type)
                && !(IMAGES.contains(claimedType) && IMAGES.contains(type))
                && !(claimedType.startsWith("text/") && type.startsWith("text/"))) {
            return Verdict.refused(type, "The file's name says ." + claimed + " but its content is not "
                    + ACCEPTED.get(claimedType)[1] + ".");
        }
        if (accepted == null) {
            return Verdict.refused(type, ALLOWED_KINDS + "; this file is " + describe(type) + ".");
        }
        if (IMAGES.contains(type)) {
            Dimensions size = readSize(content);
            if (size == null) {
                return Verdict.refused(type, "This image could not be read; it may be damaged.");
            }
            if (!size.withinLimits()) {
                return Verdict.refused(type, String.format(Locale.ROOT, "This image is too large (%d × %d pixels): "
                        + "at most %d pixels a side and %d megapixels in all.", size.width(), size.height(),
                        MAX_IMAGE_SIDE, MAX_IMAGE_PIXELS / 1_000_000));
            }
        }
        if ("text/plain".equals(type) && "csv".equals(claimed)) {
            type = "text/csv";
        }
        return new Verdict(true, type, null, SafeFileName.of(name, ACCEPTED.get(type)[0]));
    }

    /**
     * An image's width and height, read from its header without decoding its pixels (PNG, JPEG,
     * GIF and WebP).
     *
     * @throws IllegalArgumentException if the content is not an image whose header can be read
     */
    public static Dimensions imageSize(byte[] content) {
        Dimensions size = readSize(content);
        if (size == null) {
            throw new IllegalArgumentException("Not an image whose size can be read");
        }
        return size;
    }

    private static Dimensions readSize(byte[] content) {
        int[] size = ImageHeader.size(content);
        return size == null ? null : new Dimensions(size[0], size[1]);
    }

    /** The media type from the content alone; ZIP-based office documents are told apart by their entries. */
    static String detect(byte[] content) {
        String type;
        try {
            // No name in the metadata: Tika must judge by the bytes only.
            type = MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(content), new Metadata())
                    .getBaseType().toString();
        } catch (IOException unexpected) {
            type = "application/octet-stream";
        }
        if (type.equals("image/webp") || ImageHeader.isWebP(content)) {
            return "image/webp";
        }
        if (type.equals("application/zip") || type.equals("application/x-tika-ooxml") || type.startsWith(
                "application/vnd.oasis.opendocument.") || type.startsWith("application/vnd.openxmlformats")) {
            return OfficeDocuments.typeOf(content);
        }
        if (type.equals("text/plain") && looksLikeMarkup(content)) {
            // A page Tika does not call HTML is still a page to a browser that sniffs.
            return "text/html";
        }
        return type;
    }

    /** Whether a text starts (after a byte order mark and whitespace) with '<'. */
    private static boolean looksLikeMarkup(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1_024), StandardCharsets.UTF_8);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '<') {
                return true;
            }
            if (c != '\uFEFF' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static String typeOfExtension(String extension) {
        String canonical = EXTENSION_ALIASES.getOrDefault(extension, extension);
        for (Map.Entry<String, String[]> entry : ACCEPTED.entrySet()) {
            if (entry.getValue()[0].equals(canonical)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static String describe(String type) {
        String name = REFUSED_NAMES.get(type);
        if (name != null) {
            return name;
        }
        if (type.startsWith("image/")) {
            return "an image of a kind we do not accept (" + type + ")";
        }
        return "of type " + type;
    }

    static String readableSize(long bytes) {
        long mib = 1024L * 1024;
        if (bytes >= mib) {
            return bytes % mib == 0 ? bytes / mib + " MB"
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (double) mib);
        }
        return Math.max(1, bytes / 1024) + " KB";
    }
}
