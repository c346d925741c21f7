package org.civicportal.membership;

/**
 * What waits for an administrator, as counts for the administration menu.
 *
 * @param applications applications for an approved rate not yet decided
 * @param openInvoices invoices issued and not yet paid
 */
public record WaitingWork(long applications, long openInvoices) {
}
