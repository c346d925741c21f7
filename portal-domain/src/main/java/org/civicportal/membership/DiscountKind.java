package org.civicportal.membership;

/** How a small-community discount is expressed. */
public enum DiscountKind {
    /** A percentage of the category's rate. */
    PERCENT,
    /** A fixed amount off, in the schedule's currency. */
    FIXED_AMOUNT
}
