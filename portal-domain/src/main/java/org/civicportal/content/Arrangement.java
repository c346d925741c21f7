package org.civicportal.content;

/** The legal form a collaboration takes. */
public enum Arrangement {
    CONTRACT("Contract for services"),
    INTERLOCAL_AGREEMENT("Interlocal agreement"),
    SHARED_SERVICE("Shared service"),
    CONSOLIDATION("Consolidation"),
    JOINT_AUTHORITY("Joint authority or special district"),
    OTHER("Other arrangement");

    private final String label;

    Arrangement(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
