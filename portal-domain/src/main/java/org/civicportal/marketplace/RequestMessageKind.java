package org.civicportal.marketplace;

/** What one message in a provider's conversation about a request is. */
public enum RequestMessageKind {
    QUESTION("Question"),
    ANSWER("Answer"),
    PROPOSAL("Proposal"),
    DECLINE("Declined");

    private final String label;

    RequestMessageKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
