package org.civicportal.events;

import java.time.Instant;
import java.util.Objects;

/**
 * When registration is open: from {@code opensAt} included to {@code closesAt} excluded. At the
 * closing instant itself registration is closed, so "registration closes at 5:00 PM" means a
 * click at 5:00:00 PM is too late, as people read it.
 */
public record RegistrationWindow(Instant opensAt, Instant closesAt) {

    public RegistrationWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("Registration must close after it opens");
        }
    }

    /** Where the instant falls. */
    public Phase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return Phase.NOT_OPEN_YET;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    /** Before, during or after the window. */
    public enum Phase {
        NOT_OPEN_YET, OPEN, CLOSED
    }
}
