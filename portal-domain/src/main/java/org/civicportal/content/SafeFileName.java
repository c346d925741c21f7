package org.civicportal.content;

import java.text.Normalizer;
import java.util.Locale;

/** File names from browsers, reduced to what is safe to send back in a header. */
final class SafeFileName {

    /** Longest file name read; the extension is at the end, so the end is kept. */
    static final int MAX_INPUT_NAME_LENGTH = 1_000;

    private SafeFileName() {
    }

    /** The last part of a path, of at most {@link #MAX_INPUT_NAME_LENGTH} characters. */
    static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.length() > MAX_INPUT_NAME_LENGTH
                ? fileName.substring(fileName.length() - MAX_INPUT_NAME_LENGTH) : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1).strip();
    }

    /** The extension, lower case, if the name ends in a dot and 1 to 10 letters or digits. */
    static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1 || name.length() - dot - 1 > 10) {
            return null;
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (int i = 0; i < extension.length(); i++) {
            char c = extension.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return null;
            }
        }
        return extension;
    }

    /**
     * A name safe in a header: ASCII letters and digits, '.', '-' and '_' (accents dropped, spaces
     * and anything else become '-'), at most {@link AttachmentCheck#MAX_FILE_NAME_LENGTH} characters, ending in
     * the extension of the real type.
     */
    static String of(String name, String extension) {
        String base = extensionOf(name) == null ? name : name.substring(0, name.lastIndexOf('.'));
        String decomposed = Normalizer.normalize(base, Normalizer.Form.NFKD);
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean kept = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_';
            char out = kept ? c : '-';
            if (out == '-' && safe.length() > 0 && safe.charAt(safe.length() - 1) == '-') {
                continue;
            }
            safe.append(out);
        }
        int room = AttachmentCheck.MAX_FILE_NAME_LENGTH - extension.length() - 1;
        if (safe.length() > room) {
            safe.setLength(room);
        }
        String trimmed = trimEdges(safe.toString());
        return (trimmed.isEmpty() ? "attachment" : trimmed) + "." + extension;
    }

    /** No leading dot (a hidden file) and no dot or dash at either end. */
    private static String trimEdges(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '-' || s.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '-' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(start, end);
    }
}
