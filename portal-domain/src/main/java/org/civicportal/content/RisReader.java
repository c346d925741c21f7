package org.civicportal.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads RIS files: each line is a two-character tag, two spaces, a hyphen and a space, then the
 * value ("TI  - Privatization and its reverse"); "TY" opens a record and "ER" closes it. A line
 * without a tag continues the value of the line before (long abstracts are wrapped that way).
 */
final class RisReader {

    private RisReader() {
    }

    /**
     * Reads every record of a RIS file; the caller has already capped the file's size.
     *
     * @return the records, or null when the file has more than {@code maxRecords}
     */
    static List<ReadEntry> read(String content, int maxRecords) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        int starts = 0;
        for (String line : lines) {
            if ("TY".equals(tagOf(line)) && ++starts > maxRecords) {
                return null;
            }
        }
        List<ReadEntry> entries = new ArrayList<>();
        RisRecord open = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            String tag = tagOf(line);
            if (tag == null) {
                if (open != null && !line.isBlank()) {
                    open.continueLast(line.strip());
                }
                continue; // blank lines and text outside records carry nothing
            }
            String value = line.length() > 6 ? line.substring(6).strip() : "";
            if (tag.equals("TY")) {
                if (open != null) {
                    entries.add(open.unclosed());
                }
                open = new RisRecord(lineNo, value);
            } else if (open == null) {
                entries.add(new ReadEntry(null, lineNo, List.of("Line " + lineNo
                        + ": this line is outside a record; every record must begin with a TY line.")));
                // the rest of this stray record is skipped up to its ER line or the next TY line
                while (i + 1 < lines.length && !"TY".equals(tagOf(lines[i + 1]))) {
                    i++;
                    if ("ER".equals(tagOf(lines[i]))) {
                        break;
                    }
                }
            } else if (tag.equals("ER")) {
                entries.add(open.closed());
                open = null;
            } else {
                open.add(tag, value);
            }
        }
        if (open != null) {
            entries.add(open.unclosed());
        }
        return entries;
    }

    /** @return the tag of a tagged line ("AU" for "AU  - Savas, E. S."), or null for any other line */
    static String tagOf(String line) {
        if (line.length() < 5 || line.charAt(2) != ' ' || line.charAt(3) != ' ' || line.charAt(4) != '-') {
            return null;
        }
        if (line.length() > 5 && line.charAt(5) != ' ') {
            return null;
        }
        char a = line.charAt(0);
        char b = line.charAt(1);
        boolean ok = a >= 'A' && a <= 'Z' && ((b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9'));
        return ok ? line.substring(0, 2) : null;
    }

    /** Maps an RIS reference type to the library's kinds; unknown types become reports or web pages. */
    static BibliographyType typeOf(String code, boolean hasUrl) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "JOUR", "JFULL", "EJOUR", "MGZN", "NEWS", "ABST", "INPR" -> BibliographyType.ARTICLE;
            case "BOOK", "EBOOK", "EDBOOK", "CTLG" -> BibliographyType.BOOK;
            case "CHAP", "ECHAP", "CPAPER", "CONF" -> BibliographyType.CHAPTER;
            case "ELEC", "WEB", "BLOG", "ICOMM" -> BibliographyType.WEB_PAGE;
            case "RPRT", "GOVDOC", "THES", "STAND", "BILL", "STAT", "UNPB" -> BibliographyType.REPORT;
            default -> hasUrl ? BibliographyType.WEB_PAGE : BibliographyType.REPORT;
        };
    }

    /** The tags of one record as they are read. */
    private static final class RisRecord {
        private final int line;
        private final String typeCode;
        private final List<String> tags = new ArrayList<>();
        private final List<StringBuilder> values = new ArrayList<>();

        RisRecord(int line, String typeCode) {
            this.line = line;
            this.typeCode = typeCode;
        }

        void add(String tag, String value) {
            tags.add(tag);
            values.add(new StringBuilder(value));
        }

        void continueLast(String text) {
            if (!values.isEmpty()) {
                StringBuilder last = values.get(values.size() - 1);
                (last.length() == 0 ? last : last.append(' ')).append(text);
            }
        }

        ReadEntry unclosed() {
            List<String> problems = new ArrayList<>();
            problems.add("Line " + line + ": this record is not closed by an \"ER  - \" line.");
            return new ReadEntry(record(problems), line, problems);
        }

        ReadEntry closed() {
            List<String> problems = new ArrayList<>();
            return new ReadEntry(record(problems), line, problems);
        }

        private BibliographicRecord record(List<String> problems) {
            BibliographicRecord.Builder b = BibliographicRecord.builder();
            String startPage = null;
            String endPage = null;
            String journalFull = null;
            String yearText = null;
            boolean hasUrl = false;
            for (int i = 0; i < tags.size(); i++) {
                String v = values.get(i).toString();
                switch (tags.get(i)) {
                    case "AU", "A1" -> author(b, v);
                    case "PY", "Y1", "DA" -> yearText = yearText == null ? v : yearText;
                    case "TI", "T1" -> b.title(v);
                    case "JF" -> journalFull = v;
                    case "JO", "T2", "BT", "JA", "J2" -> { if (!b.hasContainer()) b.container(v); }
                    case "PB" -> b.publisher(v);
                    case "VL" -> b.volume(v);
                    case "IS" -> b.issue(v);
                    case "SP" -> startPage = v;
                    case "EP" -> endPage = v;
                    case "DO" -> b.doi(v);
                    case "UR" -> { if (!hasUrl) b.url(v); hasUrl = true; }
                    case "AB", "N2" -> b.abstractText(v);
                    case "KW" -> FieldText.splitTags(v).forEach(b::tag);
                    default -> { } // other tags (editors, notes, ISBN, ...) are not kept
                }
            }
            if (journalFull != null) {
                b.container(journalFull); // the full journal name wins over abbreviations
            }
            Integer year = FieldText.yearOf(yearText);
            if (yearText != null && !yearText.isBlank() && year == null) {
                problems.add("Line " + line + ": the year \"" + shorten(yearText) + "\" could not be read.");
            }
            b.year(year);
            String pages = startPage != null && startPage.indexOf('-') >= 0 ? startPage
                    : FieldText.joinPages(startPage, endPage);
            b.pages(pages);
            b.type(typeOf(typeCode, hasUrl));
            return b.build();
        }

        private static void author(BibliographicRecord.Builder b, String value) {
            int comma = value.indexOf(',');
            if (comma < 0) {
                b.author(value, "");
                return;
            }
            String given = value.substring(comma + 1);
            int suffix = given.indexOf(',');
            b.author(value.substring(0, comma), suffix < 0 ? given : given.substring(0, suffix));
        }

        private static String shorten(String text) {
            return text.length() <= 20 ? text : text.substring(0, 20) + "...";
        }
    }
}
