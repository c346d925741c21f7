package org.civicportal.membership;

/** What an invoice is for. */
public enum InvoicePurpose {
    JOIN, RENEWAL
}
