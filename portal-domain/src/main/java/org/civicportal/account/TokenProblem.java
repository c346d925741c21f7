package org.civicportal.account;

/** Why a mailed link cannot be used, each with the words a person reads. */
public enum TokenProblem {
    UNKNOWN("This link is not valid. Check that you copied the whole link from the email."),
    EXPIRED("This link has expired. Ask for a new one below."),
    ALREADY_USED("This link was already used. Each link works once; ask for a new one below if you need it."),
    /** A confirmation link used (or expired) after its address was confirmed: nothing is left to do. */
    ALREADY_CONFIRMED("This email address is already confirmed. You can log in.");

    private final String message;

    TokenProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
