package org.civicportal.marketplace;

/** The budget a local government has in mind for the assistance it asks for, as a range. */
public enum RequestBudgetRange {
    UNDER_10K("Under $10,000"),
    FROM_10K("$10,000 to $49,999"),
    FROM_50K("$50,000 to $149,999"),
    FROM_150K("$150,000 and more"),
    NOT_SET("No budget set yet");

    private final String label;

    RequestBudgetRange(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
