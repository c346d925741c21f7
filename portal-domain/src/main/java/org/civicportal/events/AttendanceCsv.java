package org.civicportal.events;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.InvalidInputException;

/**
 * Reads who attended from a CSV file, as webinar platforms export it: if the first row names an
 * "email" column (any case, e.g. "E-mail" or "Email Address"), that column; otherwise the first
 * cell of each row that is an email address. Cells are separated by commas, or by semicolons in
 * a file whose first separated line has more of them (spreadsheets in many locales write those).
 * Apache Commons CSV does the parsing; addresses go through {@link EmailAddress}, so they are
 * compared normalised, as accounts store them.
 *
 * <p>The file is capped before anything is parsed: at most {@link #MAX_CHARACTERS} characters
 * (the upload limit), {@link #MAX_ROWS} rows and {@link #MAX_CELL} characters a cell. A file
 * over a cap is refused whole, with a message saying which.
 */
final class AttendanceCsv {

    /** The upload limit of 2 MB: a UTF-8 file of that many bytes has at most as many characters. */
    static final int MAX_CHARACTERS = 2 * 1024 * 1024;

    /** Far more people than any event seats, far fewer than a hostile file of short lines. */
    static final int MAX_ROWS = 20_000;

    /** Longer than any name, address or note a platform exports. */
    static final int MAX_CELL = 4_000;

    /** How far ahead the separator is looked for. */
    private static final int LOOK_AHEAD = 64 * 1024;

    /** The distinct addresses found, in file order, and how many data rows had none. */
    record Emails(Set<String> emails, int linesWithoutEmail) {
    }

    private AttendanceCsv() {
    }

    /**
     * The addresses in the file.
     *
     * @throws InvalidInputException if the file is over a cap or is not CSV (a quote never closed)
     * @throws IOException if it cannot be read
     */
    static Emails read(Reader csv) throws IOException {
        BufferedReader in = new BufferedReader(new Capped(csv), LOOK_AHEAD);
        skipByteOrderMark(in);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator(in))
                .setIgnoreEmptyLines(true)
                .get();
        Set<String> emails = new LinkedHashSet<>();
        int withoutEmail = 0;
        int emailColumn = -1;
        boolean first = true;
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_ROWS) {
                    throw new InvalidInputException("file", "The file has more than " + MAX_ROWS
                            + " rows. Upload the attendance of one event.");
                }
                List<String> cells = cells(record);
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (first) {
                    first = false;
                    emailColumn = headerColumn(cells);
                    if (emailColumn >= 0) {
                        continue;
                    }
                }
                String email = emailColumn < 0 ? firstEmail(cells)
                        : emailColumn < cells.size() ? asEmail(cells.get(emailColumn)) : null;
                if (email == null) {
                    withoutEmail++;
                } else {
                    emails.add(email);
                }
            }
        } catch (UncheckedIOException failed) {
            if (failed.getCause() instanceof CSVException) {
                // Commons CSV's way of saying the text is not CSV, e.g. a quote that never closes
                throw new InvalidInputException("file", "The file is not a valid CSV file: check that every quoted cell ends with a quote.");
            }
            throw failed.getCause();
        }
        return new Emails(emails, withoutEmail);
    }

    /** The addresses in groups small enough for one IN (...) query each. */
    static List<List<String>> batches(Set<String> emails, int size) {
        List<List<String>> batches = new ArrayList<>();
        List<String> all = new ArrayList<>(emails);
        for (int i = 0; i < all.size(); i += size) {
            batches.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return batches;
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = record.toList();
        for (String cell : cells) {
            if (cell.length() > MAX_CELL) {
                throw new InvalidInputException("file", "Row " + record.getRecordNumber() + " has a cell longer than " + MAX_CELL
                        + " characters. Upload a list of attendees with their email addresses.");
            }
        }
        return cells;
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\ufeff') {
            in.reset();
        }
    }

    /**
     * A semicolon when the first line that has a comma or a semicolon outside quotes has more
     * semicolons; otherwise a comma. Looks at most {@link #LOOK_AHEAD} characters ahead.
     */
    static char separator(BufferedReader in) throws IOException {
        in.mark(LOOK_AHEAD);
        char[] ahead = new char[LOOK_AHEAD];
        int length = 0;
        for (int n = 0; length < ahead.length && (n = in.read(ahead, length, ahead.length - length)) > 0; ) {
            length += n;
        }
        in.reset();
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            char c = ahead[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r') && commas + semicolons > 0) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int headerColumn(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT).replace("e-mail", "email");
            if (name.equals("email") || name.startsWith("email ") || name.endsWith(" email")) {
                return i;
            }
        }
        return -1;
    }

    private static String firstEmail(List<String> cells) {
        return cells.stream().map(AttendanceCsv::asEmail).filter(e -> e != null).findFirst().orElse(null);
    }

    private static String asEmail(String cell) {
        return EmailAddress.parse(cell).orElse(null);
    }

    /** Refuses to read past {@link #MAX_CHARACTERS}, so a huge file costs no more than a full one. */
    private static final class Capped extends FilterReader {

        private long read;

        Capped(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_CHARACTERS) {
                throw new InvalidInputException("file", "The file is larger than 2 MB. Upload the attendance of one event.");
            }
        }
    }
}
