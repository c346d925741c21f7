package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() throws Exception {
        StringWriter out = new StringWriter();
        Csv.row(out, Arrays.asList("Town of Pine Hollow, VT", "He said \"yes\"", "two\nlines", null, 42));
        assertEquals("\"Town of Pine Hollow, VT\",\"He said \"\"yes\"\"\",\"two\nlines\",,42\r\n", out.toString());
    }

    @Test
    void formulasAreNeutralisedButNegativeNumbersAreNot() {
        assertEquals("'=HYPERLINK(\"x\")".replace("\"", "\"\""), Csv.field("=HYPERLINK(\"x\")").replaceAll("^\"|\"$", ""));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("'+1-800", Csv.field("+1-800"));
        assertEquals("-240.00", Csv.field("-240.00"));
    }
}
