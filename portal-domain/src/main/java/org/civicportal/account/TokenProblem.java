package org.civicportal.account;

/** Why a mailed link cannot be used, each with the words a person reads. */
public enum TokenProblem {
    UNKNOWN("This link is not valid. Check that you copied the whole link from the email."),
    EXPIRED("This link has expired. Ask for a new one below."),
    ALREADY_USED("This link was already used. Each link works once; ask for a new one below if you need it.");

    private final String message;

    TokenProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
