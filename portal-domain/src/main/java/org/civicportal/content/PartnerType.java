package org.civicportal.content;

/** Whom a local government delivers a service with. */
public enum PartnerType {
    INTERGOVERNMENTAL("Another government"),
    PRIVATE("A company"),
    NONPROFIT("A nonprofit");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
