package org.civicportal.membership;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.civicportal.shared.ReadableDates;

/** The days a paid membership covers, both ends included. */
public record MembershipPeriod(LocalDate start, LocalDate end) implements Serializable {


    public MembershipPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** True if the day falls within the period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** E.g. "October 15, 2026 to December 31, 2027". */
    public String describe() {
        return ReadableDates.DAY.format(start) + " to " + ReadableDates.DAY.format(end);
    }
}
