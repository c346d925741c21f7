package org.civicportal.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civicportal.shared.EmailAddress;

/**
 * Reads who attended from a CSV file, as webinar platforms export it: if the first row names an
 * "email" column (any case, e.g. "Email Address"), that column; otherwise the first field of each
 * row that looks like an email address. Addresses are compared in lower case, as accounts store them.
 */
final class AttendanceCsv {

    /** The distinct addresses found, in file order, and how many data rows had none. */
    record Emails(Set<String> emails, int linesWithoutEmail) {
    }

    private AttendanceCsv() {
    }

    static Emails read(Reader csv) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        Set<String> emails = new LinkedHashSet<>();
        int withoutEmail = 0;
        int emailColumn = -1;
        boolean first = true;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (first) {
                line = line.replace("\ufeff", "");
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line);
            if (first) {
                first = false;
                emailColumn = headerColumn(fields);
                if (emailColumn >= 0) {
                    continue;
                }
            }
            String email = emailColumn >= 0 && emailColumn < fields.size() ? asEmail(fields.get(emailColumn)) : firstEmail(fields);
            if (email == null) {
                withoutEmail++;
            } else {
                emails.add(email);
            }
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

    private static int headerColumn(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.equals("email") || name.equals("e-mail") || name.startsWith("email ") || name.endsWith(" email")) {
                return i;
            }
        }
        return -1;
    }

    private static String firstEmail(List<String> fields) {
        return fields.stream().map(AttendanceCsv::asEmail).filter(e -> e != null).findFirst().orElse(null);
    }

    private static String asEmail(String field) {
        return EmailAddress.parse(field).orElse(null);
    }

    /** The fields of one RFC 4180 line: commas or semicolons separate, double quotes enclose. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
