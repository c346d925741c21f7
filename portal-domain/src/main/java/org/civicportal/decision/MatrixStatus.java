package org.civicportal.decision;

/** Whether a matrix can still change. */
public enum MatrixStatus {
    /** Being filled in and discussed. */
    OPEN,
    /** Agreed and closed: read only. */
    FINAL
}
