package org.civicportal.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way the portal sends a CSV file: RFC 4180 written by Apache Commons CSV, every cell
 * quoted, and text that a spreadsheet would run as a formula turned back into text.
 *
 * <p>Every cell is quoted because spreadsheets in locales whose list separator is {@code ;} split
 * unquoted cells on it. A cell whose text starts with {@code = + - @}, a tab or a carriage return
 * gets a leading {@code '}, as OWASP advises against CSV injection: a name such as
 * {@code =HYPERLINK("http://evil.example","click")} then shows as typed instead of running.
 * Numbers the portal computed are not text a person typed, so they stay numbers (a refund of
 * {@code -20.00} is not a formula).
 */
public final class Csv {

    /** RFC 4180 (comma, CRLF, double quotes doubled), with every cell quoted. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    Csv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    /**
     * Starts a CSV download: the headers of a private, uncached UTF-8 attachment with the name,
     * and a byte-order mark so spreadsheet programs recognise UTF-8 names.
     */
    public static Csv download(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = response.getWriter();
        out.write('\ufeff');
        return new Csv(out);
    }

    /** Writes one row; a null cell is an empty one. */
    public Csv row(Object... cells) throws IOException {
        return row(Arrays.asList(cells));
    }

    /** Writes one row; a null cell is an empty one. */
    public Csv row(List<?> cells) throws IOException {
        printer.printRecord(cells.stream().map(Csv::cell));
        return this;
    }

    /** Sends what is still buffered; the container closes the stream. */
    public void finish() throws IOException {
        printer.flush();
    }

    /** The text of one cell: numbers as plain digits, text neutralised if it would start a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
