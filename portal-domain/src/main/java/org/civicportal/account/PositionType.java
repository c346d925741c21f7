package org.civicportal.account;

/**
 * The kind of position a person holds. Dues are priced on it (CAOs and ACAOs have a reduced
 * rate), so it is a fixed list rather than free text.
 */
public enum PositionType {
    CAO("Chief administrative officer (city or county manager, CAO)"),
    ACAO("Assistant chief administrative officer (ACAO)"),
    LOCAL_GOVERNMENT_STAFF("Other local-government staff"),
    STUDENT("Student"),
    OTHER("Other");

    private final String label;

    PositionType(String label) {
        this.label = label;
    }

    /** How the position type reads on a page. */
    public String getLabel() {
        return label;
    }
}
