package org.civicportal.marketplace;

/** Where an organisation stands with the association. Only an approved provider is listed. */
public enum ProviderStatus {
    /** Applied; waiting for an administrator to vet it. */
    APPLIED("Waiting for vetting"),
    /** Vetted and approved: a "Leading Practice" provider, its users hold the PROVIDER role. */
    APPROVED("Approved"),
    /** Declined, with the reason it was told. */
    DECLINED("Declined"),
    /** Approved once, now suspended with a reason: its listings are off the directory. */
    SUSPENDED("Suspended");

    private final String label;

    ProviderStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
