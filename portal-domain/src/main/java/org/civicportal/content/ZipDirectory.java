package org.civicportal.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the names in a ZIP file's central directory without decompressing anything, so that a
 * "zip bomb" costs no more than its own bytes. Office documents (OOXML and OpenDocument) are ZIP
 * files; their entry names tell which kind they are.
 */
final class ZipDirectory {

    /** More entries than any document we accept has; a file with more is not looked into. */
    static final int MAX_ENTRIES = 10_000;

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int END_RECORD_LENGTH = 22;
    private static final int MAX_COMMENT_LENGTH = 0xffff;

    /** One entry: its name, how it is compressed (0 = stored) and where its local header is. */
    record Entry(String name, int method, long compressedSize, long localHeaderOffset) {
    }

    /** What a ZIP file holds, or why it could not be read. */
    record Listing(List<Entry> entries, boolean tooManyEntries) {
        static final Listing UNREADABLE = new Listing(List.of(), false);

        boolean readable() {
            return !entries.isEmpty() || tooManyEntries;
        }

        boolean has(String name) {
            return entries.stream().anyMatch(e -> e.name().equals(name));
        }

        boolean hasUnder(String folder) {
            return entries.stream().anyMatch(e -> e.name().startsWith(folder));
        }

        Entry find(String name) {
            return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
        }
    }

    private ZipDirectory() {
    }

    /** The entries of a ZIP file, or {@link Listing#UNREADABLE} (also for ZIP64, which no document needs). */
    static Listing read(byte[] zip) {
        int end = findEndRecord(zip);
        if (end < 0) {
            return Listing.UNREADABLE;
        }
        int count = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        if (count > MAX_ENTRIES) {
            return new Listing(List.of(), true);
        }
        List<Entry> entries = new ArrayList<>(count);
        long p = offset;
        for (int i = 0; i < count; i++) {
            if (p < 0 || p + 46 > zip.length || u32(zip, (int) p) != ENTRY_SIGNATURE) {
                return Listing.UNREADABLE;
            }
            int at = (int) p;
            int flags = u16(zip, at + 8);
            int method = u16(zip, at + 10);
            long compressedSize = u32(zip, at + 20);
            int nameLength = u16(zip, at + 28);
            int extraLength = u16(zip, at + 30);
            int commentLength = u16(zip, at + 32);
            long localOffset = u32(zip, at + 42);
            if (at + 46L + nameLength > zip.length) {
                return Listing.UNREADABLE;
            }
            // Bit 11: the name is UTF-8; otherwise code page 437, whose ASCII part is all we compare.
            String name = new String(zip, at + 46, nameLength,
                    (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            entries.add(new Entry(name, method, compressedSize, localOffset));
            p = p + 46L + nameLength + extraLength + commentLength;
        }
        return entries.isEmpty() ? Listing.UNREADABLE : new Listing(List.copyOf(entries), false);
    }

    /**
     * The bytes of a stored (uncompressed) entry, at most {@code max} of them, or null if it is
     * compressed or out of bounds. OpenDocument stores its "mimetype" entry this way.
     */
    static byte[] storedContent(byte[] zip, Entry entry, int max) {
        long at = entry.localHeaderOffset();
        if (entry.method() != 0 || at < 0 || at + 30 > zip.length || u32(zip, (int) at) != LOCAL_SIGNATURE) {
            return null;
        }
        long start = at + 30 + u16(zip, (int) at + 26) + u16(zip, (int) at + 28);
        long length = Math.min(entry.compressedSize(), max);
        if (start + length > zip.length) {
            return null;
        }
        byte[] content = new byte[(int) length];
        System.arraycopy(zip, (int) start, content, 0, (int) length);
        return content;
    }

    /** The end-of-directory record is in the last 22 bytes, or before a comment of up to 64 KiB. */
    private static int findEndRecord(byte[] zip) {
        int last = zip.length - END_RECORD_LENGTH;
        int first = Math.max(0, last - MAX_COMMENT_LENGTH);
        for (int i = last; i >= first; i--) {
            if (u32(zip, i) == END_SIGNATURE) {
                return i;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xffffffffL;
    }
}
