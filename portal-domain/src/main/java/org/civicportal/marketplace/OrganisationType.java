package org.civicportal.marketplace;

/** What kind of organisation a provider is: a directory facet, and part of its vetting. */
public enum OrganisationType {
    FIRM("Firm"),
    NONPROFIT("Nonprofit"),
    UNIVERSITY("University or research centre"),
    GOVERNMENT_BODY("Government body or council of governments");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
