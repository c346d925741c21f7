package org.civicportal.content;

/** The kinds of library resource, each with its own fields and its own address under /library/. */
public enum ResourceKind {
    CASE_STUDY("Case study", "Case studies", "case-studies"),
    RESEARCH_SUMMARY("Research summary", "Research summaries", "research"),
    BIBLIOGRAPHY_ENTRY("Bibliography entry", "Bibliography", "bibliography"),
    TRAINING_PROGRAMME("Training programme", "Training programmes", "training"),
    PROGRAMME_PAGE("Programme", "Programmes", "programmes");

    private final String label;
    private final String pluralLabel;
    private final String pathSegment;

    ResourceKind(String label, String pluralLabel, String pathSegment) {
        this.label = label;
        this.pluralLabel = pluralLabel;
        this.pathSegment = pathSegment;
    }

    public String getLabel() {
        return label;
    }

    public String getPluralLabel() {
        return pluralLabel;
    }

    /** The part of the address that names the kind: {@code /library/case-studies/…}. */
    public String getPathSegment() {
        return pathSegment;
    }

    /** The kind a path segment names, if any. */
    public static java.util.Optional<ResourceKind> ofPathSegment(String segment) {
        for (ResourceKind kind : values()) {
            if (kind.pathSegment.equals(segment)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
