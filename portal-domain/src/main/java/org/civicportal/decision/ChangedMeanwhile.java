package org.civicportal.decision;

import org.civicportal.shared.InvalidInputException;

/**
 * Someone changed a value after the person last saw it: their write is refused, not silently
 * laid over the other's, and the message says what the value is now.
 */
public class ChangedMeanwhile extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhile(String message) {
        super("conflict", message);
    }
}
