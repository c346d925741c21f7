package org.civicportal.content;

/** How a training programme is given. */
public enum TrainingFormat {
    ONLINE("Online"),
    IN_PERSON("In person"),
    SELF_PACED("Self-paced");

    private final String label;

    TrainingFormat(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
