package org.civicportal.marketplace;

/** Where one provider stands with a request addressed to it, as the member sees it. */
public enum RequestAddresseeState {
    SENT("Sent"),
    READ("Read"),
    /** The provider asked a question and has not proposed or declined yet. */
    REPLIED("Replied with a question"),
    DECLINED("Declined"),
    PROPOSAL("Proposal received");

    private final String label;

    RequestAddresseeState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** True while the provider has neither asked, declined nor proposed: the reminder is for these. */
    public boolean isUnanswered() {
        return this == SENT || this == READ;
    }
}
