package org.civicportal.membership;

/** How a category's membership years run. */
public enum PeriodKind {
    /** January to December, whenever one joins (late joiners get the rest of the year free). */
    CALENDAR_YEAR,
    /** Twelve months from the day one joins. */
    ANNIVERSARY
}
