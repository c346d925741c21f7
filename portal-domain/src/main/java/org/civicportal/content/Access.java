package org.civicportal.content;

/** Who may read an item's full text. Its title and summary are always public. */
public enum Access {
    PUBLIC("Everyone"),
    MEMBERS("Members in good standing");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
