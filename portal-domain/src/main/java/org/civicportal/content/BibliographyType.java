package org.civicportal.content;

/** The kind of published work a bibliography entry describes. */
public enum BibliographyType {
    ARTICLE("Journal article"),
    REPORT("Report"),
    BOOK("Book"),
    CHAPTER("Book chapter"),
    WEB_PAGE("Web page");

    private final String label;

    BibliographyType(String label) {
        this.label = label;
    }

    /** @return the name shown to people, such as "Journal article" */
    public String getLabel() {
        return label;
    }
}
