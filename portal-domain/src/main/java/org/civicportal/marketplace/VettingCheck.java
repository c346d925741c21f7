package org.civicportal.marketplace;

/** The administrators' checklist for vetting an application: every item must be ticked to approve it. */
public enum VettingCheck {
    LEGAL_STANDING("Registered and in good legal standing"),
    EXPERIENCE("At least three years of work for local governments"),
    REFERENCES_CONTACTED("Two or more local-government references contacted and satisfied"),
    INSURANCE("Professional liability insurance in force"),
    NO_CONFLICT("No conflict of interest with the association or its officers");

    private final String label;

    VettingCheck(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
