package org.civicportal.content;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes bibliography entries in the formats reference managers and spreadsheets read: RIS,
 * BibTeX, CSL-JSON and CSV. Every method takes entries in the order wanted and returns the file's text.
 */
public final class BibliographyExport {

    /** The CSV columns, in order. */
    public static final List<String> CSV_HEADER = List.of("type", "authors", "year", "title", "container",
            "publisher", "volume", "issue", "pages", "doi", "url", "abstract", "tags");

    private BibliographyExport() {
    }

    /**
     * @param records entries to write
     * @return an RIS file (CRLF line ends, as the format asks), one TY ... ER block per entry
     */
    public static String toRis(List<BibliographicRecord> records) {
        StringBuilder out = new StringBuilder();
        for (BibliographicRecord r : records) {
            tag(out, "TY", risType(r.type()));
            r.authors().forEach(a -> tag(out, "AU", a.familyFirst()));
            tag(out, "PY", r.year() == null ? null : r.year().toString());
            tag(out, "TI", r.title());
            tag(out, r.type() == BibliographyType.ARTICLE ? "JO" : "T2", r.container());
            tag(out, "PB", r.publisher());
            tag(out, "VL", r.volume());
            tag(out, "IS", r.issue());
            String[] pages = FieldText.splitPages(r.pages());
            tag(out, "SP", pages[0]);
            tag(out, "EP", pages[1]);
            tag(out, "DO", r.doi());
            tag(out, "UR", r.url());
            tag(out, "AB", r.abstractText());
            r.tags().forEach(t -> tag(out, "KW", t));
            out.append("ER  - \r\n\r\n");
        }
        return out.toString();
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null) {
            out.append(tag).append("  - ").append(FieldText.oneLine(value)).append("\r\n");
        }
    }

    private static String risType(BibliographyType type) {
        if (type == null) {
            return "GEN";
        }
        return switch (type) {
            case ARTICLE -> "JOUR";
            case BOOK -> "BOOK";
            case CHAPTER -> "CHAP";
            case REPORT -> "RPRT";
            case WEB_PAGE -> "ELEC";
        };
    }

    /**
     * @param records entries to write
     * @return a BibTeX file with keys such as "agranoff2003" ("agranoff2003a" for a second work with the
     *         same author and year) and LaTeX's special characters escaped
     */
    public static String toBibTeX(List<BibliographicRecord> records) {
        return BibTeXWriter.write(records);
    }

    /**
     * @param records entries to write
     * @return a CSL-JSON array; items are numbered "item-1", "item-2", ... in list order
     */
    public static String toCslJson(List<BibliographicRecord> records) {
        StringJsonBuilderFactory json = new StringJsonBuilderFactory();
        List<String> items = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            items.add((String) CslItems.of("item-" + (i + 1), records.get(i)).toJson(json.createJsonBuilder()));
        }
        return items.stream().collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    /**
     * @param records entries to write
     * @return a CSV file with the {@link #CSV_HEADER} columns; authors as "Family, Given; Family, Given",
     *         tags separated by "; ". A cell that a spreadsheet would take for a formula gets a leading
     *         apostrophe.
     */
    public static String toCsv(List<BibliographicRecord> records) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (BibliographicRecord r : records) {
                String authors = r.authors().stream().map(Author::familyFirst).collect(Collectors.joining("; "));
                csv.printRecord(Arrays.asList(r.type() == null ? "" : r.type().name(), authors,
                        r.year() == null ? "" : r.year().toString(), r.title(), r.container(), r.publisher(),
                        r.volume(), r.issue(), r.pages(), r.doi(), r.url(), r.abstractText(),
                        String.join("; ", r.tags())).stream().map(BibliographyExport::safeCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Spreadsheets run cells starting with = + - @ as formulas; an apostrophe makes them plain text. */
    static String safeCell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
