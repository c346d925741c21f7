package org.civicportal.membership;

import org.civicportal.account.Account;

/** A paid invoice with its payment and payer, as a receipt shows them. */
public record Receipt(Invoice invoice, Payment payment, Account payer) {
}
