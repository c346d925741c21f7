package org.civicportal.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uploaded bibliography file (BibTeX or RIS) into a preview: which records are new, which
 * are already in the library or earlier in the file, and which cannot be used and why. Nothing is
 * saved here; the preview's {@link ImportPreview#newRecords()} are what an editor would save.
 */
public final class BibliographyImport {

    /** Uploads above 2 MiB are refused before any reading: a bibliography of thousands of works fits well below. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** More records than this in one file are refused: each is checked and shown in the preview. */
    public static final int MAX_RECORDS = 5000;

    private BibliographyImport() {
    }

    /**
     * Reads a file and compares its records with the library and with each other.
     *
     * @param fileContent  the whole file as text (null counts as empty)
     * @param existingKeys the {@link #duplicateKeys(BibliographicRecord)} of every entry already in the
     *                     library (null counts as none)
     * @return the preview; a file that cannot be read has one file problem and no records
     */
    public static ImportPreview read(String fileContent, Set<String> existingKeys) {
        String content = fileContent == null ? "" : fileContent;
        if (content.length() > MAX_FILE_BYTES || utf8Length(content) > MAX_FILE_BYTES) {
            return ImportPreview.unreadable(null, "The file is larger than 2 MiB; please split it into smaller files.");
        }
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1); // a byte-order mark some programs put before the text
        }
        String format = formatOf(content);
        if (format == null) {
            return ImportPreview.unreadable(null, content.isBlank() ? "The file is empty."
                    : "The file is neither BibTeX (it would start with an entry such as @article{...)"
                    + " nor RIS (it would start with a line such as \"TY  - JOUR\").");
        }
        List<ReadEntry> read = format.equals("BibTeX") ? BibTeXReader.read(content, MAX_RECORDS)
                : RisReader.read(content, MAX_RECORDS);
        if (read == null) {
            return ImportPreview.unreadable(format, "The file has more than " + MAX_RECORDS
                    + " records; please split it into smaller files.");
        }
        if (read.isEmpty()) {
            return ImportPreview.unreadable(format, "The file contains no bibliography records.");
        }
        return new ImportPreview(format, List.of(), classify(read, existingKeys == null ? Set.of() : existingKeys));
    }

    /**
     * The keys under which a work counts as already known: its DOI, and its title with its year. Two
     * entries sharing any key are taken to be the same work.
     *
     * @param record an entry (null gives no keys)
     * @return "doi:..." when there is a DOI, and "title:...|year" when there are a title and a year
     */
    public static Set<String> duplicateKeys(BibliographicRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        if (record == null) {
            return keys;
        }
        if (record.doi() != null) {
            keys.add("doi:" + record.doi());
        }
        if (record.title() != null && record.year() != null) {
            String title = comparableTitle(record.title());
            if (!title.isEmpty()) {
                keys.add("title:" + title + "|" + record.year());
            }
        }
        return keys;
    }

    /** "Privatization and Its Reverse: Explaining…" and "privatization and its reverse explaining" compare equal. */
    static String comparableTitle(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of "é" after decomposition
            }
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells the format from the first line that carries something: "@" starts BibTeX, "TY  -" starts
     * RIS. Blank lines and "%" comment lines (as BibTeX files often begin) are passed over.
     */
    private static String formatOf(String content) {
        int i = 0;
        while (i < content.length()) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '%') {
                int end = content.indexOf('\n', i);
                i = end < 0 ? content.length() : end + 1;
            } else if (c == '@') {
                return "BibTeX";
            } else {
                return content.startsWith("TY  -", i) ? "RIS" : null;
            }
        }
        return null;
    }

    private static List<ImportedRecord> classify(List<ReadEntry> read, Set<String> existingKeys) {
        List<ImportedRecord> result = new ArrayList<>();
        Map<String, Integer> seenInFile = new HashMap<>();
        for (ReadEntry entry : read) {
            String at = "Line " + entry.line() + ": ";
            List<String> messages = new ArrayList<>(entry.problems());
            BibliographicRecord record = entry.record();
            if (record != null) {
                for (String problem : record.problems()) {
                    messages.add(at + FieldText.decapitalise(problem));
                }
            }
            if (!messages.isEmpty()) {
                result.add(new ImportedRecord(record, entry.line(), ImportStatus.MALFORMED, messages));
                continue;
            }
            Set<String> keys = duplicateKeys(record);
            String known = duplicateMessage(keys, existingKeys, seenInFile);
            if (known != null) {
                result.add(new ImportedRecord(record, entry.line(), ImportStatus.DUPLICATE, List.of(at + known)));
                continue;
            }
            keys.forEach(k -> seenInFile.put(k, entry.line()));
            result.add(new ImportedRecord(record, entry.line(), ImportStatus.NEW, List.of()));
        }
        return result;
    }

    private static String duplicateMessage(Set<String> keys, Set<String> existingKeys, Map<String, Integer> seenInFile) {
        for (String key : keys) {
            if (existingKeys.contains(key)) {
                return key.startsWith("doi:") ? "a work with this DOI is already in the library."
                        : "a work with this title and year is already in the library.";
            }
        }
        for (String key : keys) {
            Integer earlier = seenInFile.get(key);
            if (earlier != null) {
                return (key.startsWith("doi:") ? "the same DOI" : "the same title and year")
                        + " already appears in the record at line " + earlier + " of this file.";
            }
        }
        return null;
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++; // the low surrogate belongs to the same character
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
