package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void everyCellIsQuotedSoCommasSemicolonsQuotesAndLineBreaksStayInTheirCell() throws Exception {
        StringWriter out = new StringWriter();
        new Csv(out).row(Arrays.asList("Town of Pine Hollow, VT", "Lindqvist; Casey", "He said \"yes\"", "two\nlines", null, 42,
                LocalDate.parse("2027-01-05"))).finish();
        assertEquals("\"Town of Pine Hollow, VT\",\"Lindqvist; Casey\",\"He said \"\"yes\"\"\",\"two\nlines\",\"\",\"42\",\"2027-01-05\"\r\n",
                out.toString());
    }

    @Test
    void textThatWouldRunAsAFormulaGetsAQuoteInFront() {
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", Csv.cell("=HYPERLINK(\"http://evil.example\",\"click\")"));
        assertEquals("'+cmd|' /C calc'!A0", Csv.cell("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'\t=1", Csv.cell("\t=1"));
        assertEquals("'\r=1", Csv.cell("\r=1"));
        assertEquals("'-240.00", Csv.cell("-240.00"), "typed text is text, even when it looks like a number");
        assertEquals("Casey = chair", Csv.cell("Casey = chair"), "only the first character matters");
        assertEquals("", Csv.cell(""));
    }

    @Test
    void numbersThePortalComputedStayNumbers() {
        assertEquals("-240.00", Csv.cell(new BigDecimal("-240.00")));
        assertEquals("1000000", Csv.cell(new BigDecimal("1E+6")), "no exponent");
        assertEquals("-3", Csv.cell(-3));
    }

    @Test
    void aSpreadsheetReadingTheFileBackSeesExactlyTheCellsWritten() throws Exception {
        List<Object> cells = Arrays.asList("=1+1", "a,b;c", "\"quoted\"", "line\r\nbreak", null, new BigDecimal("12.50"));
        StringWriter out = new StringWriter();
        new Csv(out).row("Header one", "Header two", "3", "4", "5", "6").row(cells).finish();
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(2, records.size());
        assertEquals(List.of("'=1+1", "a,b;c", "\"quoted\"", "line\r\nbreak", "", "12.50"), records.get(1).toList());
    }
}
