package org.civicportal.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The line-by-line fields of the library's forms, read without regular expressions: one key
 * finding a line; a date a line, perhaps with its event ({@code 2027-04-14} or
 * {@code 2027-04-14 event 3}); an event a line ({@code event 3}). Each reading says, in plain
 * words, the first line it cannot read, so the editor knows what to fix.
 */
final class ResourceLines {

    /** What reading a text gave: the values, or the problem with it. */
    record Read<T>(List<T> values, String problem) {

        boolean ok() {
            return problem == null;
        }
    }

    /** The most lines a text may hold, whatever its kind: beyond this nothing is read. */
    static final int MAX_TEXT = 20_000;

    private ResourceLines() {
    }

    /** The text's non-empty lines, stripped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
            }
        }
        return lines;
    }

    /** Short texts, one a line: at most {@code max} of them, each at most {@code maxLength} characters. */
    static Read<String> texts(String text, int max, int maxLength, String what) {
        if (text != null && text.length() > MAX_TEXT) {
            return new Read<>(List.of(), "The text is too long: list at most " + max + " " + what + ".");
        }
        List<String> lines = lines(text);
        if (lines.size() > max) {
            return new Read<>(List.of(), "List at most " + max + " " + what + ", one a line.");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > maxLength) {
                return new Read<>(List.of(), "Line " + (i + 1) + " is too long: use at most " + maxLength + " characters a line.");
            }
            if (!org.civicportal.shared.CleanText.Check.isClean(lines.get(i), false)) {
                return new Read<>(List.of(), "Line " + (i + 1) + " holds characters that cannot be shown.");
            }
        }
        return new Read<>(lines, null);
    }

    /** Dates, one a line, each perhaps followed by {@code event N}: at most {@code max}, sorted by date. */
    static Read<TrainingDate> dates(String text, int max) {
        if (text != null && text.length() > MAX_TEXT) {
            return new Read<>(List.of(), "The text is too long: list at most " + max + " dates.");
        }
        List<String> lines = lines(text);
        if (lines.size() > max) {
            return new Read<>(List.of(), "List at most " + max + " dates, one a line.");
        }
        List<TrainingDate> dates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String datePart = line.length() >= 10 ? line.substring(0, 10) : line;
            Optional<LocalDate> date = date(datePart);
            String rest = line.substring(datePart.length()).strip();
            Optional<Long> event = rest.isEmpty() ? Optional.empty() : eventId(rest);
            if (date.isEmpty() || (!rest.isEmpty() && event.isEmpty())) {
                return new Read<>(List.of(), "Write line " + (i + 1) + " as a date like 2027-04-14, or a date and its event like 2027-04-14 event 3.");
            }
            dates.add(new TrainingDate(date.get(), event.orElse(null)));
        }
        dates.sort(java.util.Comparator.comparing(TrainingDate::getDate));
        return new Read<>(dates, null);
    }

    /** Events, one a line as {@code event N}: at most {@code max}, in the order given, each once. */
    static Read<Long> events(String text, int max) {
        if (text != null && text.length() > MAX_TEXT) {
            return new Read<>(List.of(), "The text is too long: list at most " + max + " events.");
        }
        List<String> lines = lines(text);
        if (lines.size() > max) {
            return new Read<>(List.of(), "List at most " + max + " events, one a line.");
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<Long> id = eventId(lines.get(i));
            if (id.isEmpty()) {
                return new Read<>(List.of(), "Write line " + (i + 1) + " as an event's number like event 3.");
            }
            if (!ids.contains(id.get())) {
                ids.add(id.get());
            }
        }
        return new Read<>(ids, null);
    }

    /** The dates as the form shows them, one a line. */
    static String dateLines(List<TrainingDate> dates) {
        StringBuilder text = new StringBuilder();
        for (TrainingDate date : dates) {
            text.append(date.getDate()).append(date.getEventId() == null ? "" : " event " + date.getEventId()).append('\n');
        }
        return text.toString().strip();
    }

    /** The events as the form shows them, one a line. */
    static String eventLines(List<Long> ids) {
        StringBuilder text = new StringBuilder();
        ids.forEach(id -> text.append("event ").append(id).append('\n'));
        return text.toString().strip();
    }

    private static Optional<LocalDate> date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || !digits(text.substring(0, 4)) || !digits(text.substring(5, 7)) || !digits(text.substring(8))) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                    Integer.parseInt(text.substring(8))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** {@code event N}, with any spaces between, N of 1 to 12 digits. */
    private static Optional<Long> eventId(String text) {
        String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("event")) {
            return Optional.empty();
        }
        String number = lower.substring(5).strip();
        if (number.isEmpty() || number.length() > 12 || !digits(number)) {
            return Optional.empty();
        }
        long id = Long.parseLong(number);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
