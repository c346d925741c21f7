package org.civicportal.membership;

/** Whether an invoice still waits for its payment. */
public enum InvoiceStatus {
    OPEN, PAID, VOID
}
