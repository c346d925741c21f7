package org.civicportal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.civicportal.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttendanceCsvTest {

    @Test
    void anEmailColumnIsFoundByItsHeaderWhateverItsSpelling() throws Exception {
        for (String header : List.of("Email", "E-mail", "Email address", "E-Mail Address", "Attendee email", " EMAIL ")) {
            AttendanceCsv.Emails file = read("\ufeff \r\nName," + header + ",Minutes\r\n\"Lindqvist, Casey\",Casey@Example.org,55\r\n"
                    + "No Show,,0\r\n\"Someone\",\"not an address\",3\r\n");
            assertEquals(Set.of("casey@example.org"), file.emails(), header);
            assertEquals(2, file.linesWithoutEmail(), header);
        }
    }

    @Test
    void withoutAHeaderTheFirstAddressOfEachLineCountsAndBlankLinesDoNot() throws Exception {
        AttendanceCsv.Emails plain = read("a@example.org\nB@example.org,x\n\n  \nnot an address\na@example.org\nName,c@example.org\n");
        assertEquals(List.of("a@example.org", "b@example.org", "c@example.org"), List.copyOf(plain.emails()));
        assertEquals(1, plain.linesWithoutEmail());
        assertEquals(List.of(List.of("a@example.org", "b@example.org"), List.of("c@example.org")),
                AttendanceCsv.batches(plain.emails(), 2));
    }

    @Test
    void semicolonsSeparateWhenTheFileUsesThem() throws Exception {
        AttendanceCsv.Emails file = read("Name;E-mail;Minutes\r\n\"Lindqvist, Casey\";casey@example.org;55\r\n"
                + "\"Okafor; Robin\";robin@example.org;\"1,5\"\r\n");
        assertEquals(List.of("casey@example.org", "robin@example.org"), List.copyOf(file.emails()));
        assertEquals(0, file.linesWithoutEmail());

        AttendanceCsv.Emails oneColumn = read("a@example.org\nb@example.org;Blair\n");
        assertEquals(List.of("a@example.org", "b@example.org"), List.copyOf(oneColumn.emails()));
    }

    @Test
    void aQuotedCellMayHoldALineBreak() throws Exception {
        AttendanceCsv.Emails file = read("Email,Question\r\nx@example.org,\"Two\r\nlines\"\r\ny@example.org,\"\"\r\n");
        assertEquals(List.of("x@example.org", "y@example.org"), List.copyOf(file.emails()));
    }

    @Test
    void aFileOverACapIsRefusedWithAPlainMessage() {
        String rows = "a@example.org\n".repeat(AttendanceCsv.MAX_ROWS + 1);
        assertEquals("The file has more than 20000 rows. Upload the attendance of one event.", refused(rows));

        String cell = "Email,Note\na@example.org," + "x".repeat(AttendanceCsv.MAX_CELL + 1) + "\n";
        assertEquals("Row 2 has a cell longer than 4000 characters. Upload a list of attendees with their email addresses.", refused(cell));

        assertEquals("The file is not a valid CSV file: check that every quoted cell ends with a quote.",
                refused("Email\n\"a@example.org\n"));
    }

    @Test
    void nothingPastTwoMegabytesIsRead() {
        // an endless file: the cap stops reading, whatever the content
        Reader endless = new Reader() {
            private long served;

            @Override
            public int read(char[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = 'x';
                }
                served += length;
                return length;
            }

            @Override
            public void close() {
            }
        };
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> AttendanceCsv.read(endless));
        assertEquals("The file is larger than 2 MB. Upload the attendance of one event.", refused.problems().get("file"));
    }

    private static AttendanceCsv.Emails read(String csv) throws IOException {
        return AttendanceCsv.read(new StringReader(csv));
    }

    private static String refused(String csv) {
        return assertThrows(InvalidInputException.class, () -> read(csv)).problems().get("file");
    }
}
