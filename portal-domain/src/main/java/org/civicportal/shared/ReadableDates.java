package org.civicportal.shared;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the portal writes a day for people, in pages, mail and PDFs alike: "December 31, 2027". */
public final class ReadableDates {

    /** A civil day, e.g. "December 31, 2027". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private ReadableDates() {
    }
}
