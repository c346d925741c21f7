package org.civicportal.events;

/**
 * Whether a person can register for an event now, and if not, why in plain words.
 *
 * @param outcome what a press of the button would do
 * @param reason  the words shown on the page
 */
public record RegistrationVerdict(Outcome outcome, String reason) {

    /** What a press of the button would do. */
    public enum Outcome {
        /** A seat is taken. */
        REGISTER,
        /** The event is full: the person joins the waitlist. */
        JOIN_WAITLIST,
        /** Nothing can be done; the reason says why. */
        REFUSED
    }

    static RegistrationVerdict refused(String reason) {
        return new RegistrationVerdict(Outcome.REFUSED, reason);
    }

    public boolean isAllowed() {
        return outcome != Outcome.REFUSED;
    }
}
