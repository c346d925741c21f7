package org.civicportal.decision;

/**
 * The fourteen characteristics of the association's research matrix, graded 1 to 3 where 3 is
 * the most favourable to a collaborative arrangement. Their names and the guidance for each grade
 * are reference data administrators can edit; the set itself is the research's.
 */
public enum Characteristic {

    ASSET_SPECIFICITY(Group.SERVICE),
    CONTRACT_SPECIFICATION(Group.SERVICE),
    LABOR_INTENSITY(Group.SERVICE),
    CAPITAL_INTENSITY(Group.SERVICE),
    COSTS(Group.SERVICE),
    MANAGEMENT_COMPETENCIES(Group.SERVICE),
    ADMINISTRATIVE_STABILITY(Group.SERVICE),
    PUBLIC_PARTNERS(Group.COMMUNITY),
    PRIVATE_PARTNERS(Group.COMMUNITY),
    NONPROFIT_PARTNERS(Group.COMMUNITY),
    POLITICAL_ENVIRONMENT(Group.COMMUNITY),
    FISCAL_HEALTH(Group.COMMUNITY),
    UNIONS(Group.COMMUNITY),
    PUBLIC_INTEREST(Group.COMMUNITY);

    /** What a characteristic describes. */
    public enum Group {
        /** The service itself. */
        SERVICE,
        /** The community and its market. */
        COMMUNITY
    }

    private final Group group;

    Characteristic(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }
}
