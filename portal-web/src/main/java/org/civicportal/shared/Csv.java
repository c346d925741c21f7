package org.civicportal.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV that spreadsheets open safely. */
public final class Csv {

    private Csv() {
    }

    /** One row: fields quoted where needed, and neutralised if a spreadsheet would run them as a formula. */
    public static void row(Writer out, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        // OWASP CSV injection: a cell starting with = + - @ (or tab/CR) is data, not a formula
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
