package org.civicportal.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.civicportal.shared.InvalidInputException;

/**
 * The time a reviewer types for publication ("2027-03-18T09:00"), read as a civil time in the
 * association's zone, so "9 in the evening" stays 9 in the evening whatever the server's zone and
 * even when that is already the next day in UTC.
 */
public final class PublishTime {

    private static final String FIELD = "publishAt";
    private static final String EXAMPLE = "Enter a date and time like 2027-03-18T09:00.";

    private PublishTime() {
    }

    /**
     * The instant meant, or null when nothing was typed (publish now).
     *
     * @throws InvalidInputException for text that is not a date and time, or a time the clocks skip
     */
    public static Instant parse(String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > 30) {
            throw new InvalidInputException(FIELD, EXAMPLE);
        }
        LocalDateTime civil;
        try {
            civil = LocalDateTime.parse(typed.strip());
        } catch (DateTimeException malformed) {
            throw new InvalidInputException(FIELD, EXAMPLE);
        }
        ZonedDateTime zoned = civil.atZone(zone);
        if (!zoned.toLocalDateTime().equals(civil)) {
            // Java would move a time in the spring-forward gap an hour on: say so rather than publish at another time
            throw new InvalidInputException(FIELD, "That time does not exist here: the clocks go forward then. Choose another time.");
        }
        return zoned.toInstant();
    }
}
