package org.civicportal.content;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes library entries as BibTeX, with stable citation keys and LaTeX's special characters escaped. */
final class BibTeXWriter {

    private BibTeXWriter() {
    }

    static String write(List<BibliographicRecord> records) {
        StringBuilder out = new StringBuilder();
        Set<String> usedKeys = new HashSet<>();
        for (BibliographicRecord r : records) {
            String key = uniqueKey(baseKey(r), usedKeys);
            out.append('@').append(entryType(r.type())).append('{').append(key).append(",\n");
            if (!r.authors().isEmpty()) {
                StringBuilder names = new StringBuilder();
                for (Author a : r.authors()) {
                    if (names.length() > 0) {
                        names.append(" and ");
                    }
                    // an organisation is braced whole, so BibTeX does not split "World Bank" into given and family
                    names.append(a.given().isEmpty() ? "{" + escape(a.family()) + "}"
                            : escape(a.family()) + ", " + escape(a.given()));
                }
                field(out, "author", names.toString());
            }
            field(out, "title", escape(r.title()));
            field(out, containerField(r.type()), escape(r.container()));
            field(out, r.type() == BibliographyType.REPORT ? "institution" : "publisher", escape(r.publisher()));
            field(out, "year", r.year() == null ? null : r.year().toString());
            field(out, "volume", escape(r.volume()));
            field(out, "number", escape(r.issue()));
            field(out, "pages", r.pages() == null ? null : escape(r.pages().replace("-", "--")));
            field(out, "doi", code(r.doi()));
            field(out, "url", code(r.url()));
            field(out, "abstract", escape(r.abstractText()));
            field(out, "keywords", r.tags().isEmpty() ? null : escape(String.join(", ", r.tags())));
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    private static String entryType(BibliographyType type) {
        if (type == null) {
            return "misc";
        }
        return switch (type) {
            case ARTICLE -> "article";
            case BOOK -> "book";
            case CHAPTER -> "incollection";
            case REPORT -> "techreport";
            case WEB_PAGE -> "online";
        };
    }

    private static String containerField(BibliographyType type) {
        if (type == null) {
            return "howpublished";
        }
        return switch (type) {
            case ARTICLE -> "journal";
            case CHAPTER -> "booktitle";
            case WEB_PAGE -> "howpublished";
            case BOOK, REPORT -> "series";
        };
    }

    /** "agranoff2003": the first author's family name in plain letters and the year. */
    static String baseKey(BibliographicRecord r) {
        String word = !r.authors().isEmpty() ? r.authors().get(0).family() : r.title();
        String ascii = Normalizer.normalize(word == null ? "" : word, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ascii.length() && b.length() < 30; i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (r.authors().isEmpty() && c == ' ' && b.length() > 0) {
                break; // without authors, the title's first word stands in
            }
        }
        if (b.length() == 0) {
            b.append("ref");
        }
        return b.append(r.year() == null ? "nd" : r.year().toString()).toString();
    }

    /** Second and later entries with the same key get a, b, c ... as publications lists do. */
    private static String uniqueKey(String base, Set<String> used) {
        String key = base;
        for (int n = 0; !used.add(key); n++) {
            key = base + suffix(n);
        }
        return key;
    }

    private static String suffix(int n) {
        return n < 26 ? String.valueOf((char) ('a' + n)) : suffix(n / 26 - 1) + (char) ('a' + n % 26);
    }

    /** Escapes the characters LaTeX gives a meaning to; other Unicode letters are written as they are. */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> b.append('\\').append(c);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** DOIs and web addresses are kept literal; only what would break the braces is escaped. */
    private static String code(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{' || c == '}' || c == '\\') {
                b.append('%').append(String.format("%02X", (int) c)); // percent-encoding keeps the address working
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
