package org.civicportal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.mail.Mailer;

/** The messages the membership feature sends. */
@ApplicationScoped
public class MembershipMails {

    static final String MEMBERSHIP_PAGE = "membership/membership.xhtml";

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    void invoiceIssued(Invoice invoice) {
        var account = invoice.getMembership().getAccount();
        mailer.send(account.getEmail(), "Invoice " + invoice.getNumber() + " for your membership",
                "Hello " + account.getFullName() + ",\n\n"
                + "Invoice " + invoice.getNumber() + " for " + invoice.getCategoryName() + " membership, "
                + invoice.period().describe() + ", is " + invoice.totalDue().format() + ".\n"
                + (invoice.getDiscountReason() == null ? "" : "It includes a discount: " + invoice.getDiscountReason() + ".\n")
                + "\nPay by check or bank transfer quoting the invoice number, or call us to pay by card.\n"
                + "Your invoices and receipts: " + settings.link(MEMBERSHIP_PAGE) + "\n");
    }

    void applicationAwaitsApproval(Membership membership) {
        var account = membership.getAccount();
        mailer.send(account.getEmail(), "Your application for the " + membership.getCategory().getName() + " rate",
                "Hello " + account.getFullName() + ",\n\n"
                + "Thank you for applying. An administrator checks eligibility for this rate; you will get an email"
                + " with the decision and, once approved, your invoice.\n");
    }

    void applicationDecided(Membership membership, boolean approved, String note) {
        var account = membership.getAccount();
        mailer.send(account.getEmail(), approved ? "Your application is approved" : "About your application",
                "Hello " + account.getFullName() + ",\n\n"
                + (approved ? "Your application for the " + membership.getCategory().getName() + " rate is approved."
                        + " Your invoice follows in a separate message.\n"
                        : "Your application for the " + membership.getCategory().getName() + " rate was not approved.\n")
                + (note == null || note.isBlank() ? "" : "\nNote from the association: " + note + "\n")
                + "\nYour membership page: " + settings.link(MEMBERSHIP_PAGE) + "\n");
    }

    void cancelled(Membership membership) {
        var account = membership.getAccount();
        mailer.send(account.getEmail(), "Your membership is cancelled",
                "Hello " + account.getFullName() + ",\n\n"
                + "Your " + membership.getCategory().getName() + " membership is cancelled, and any invoice waiting"
                + " for payment is void. If this is a mistake, please contact the association.\n");
    }

    void paymentReceived(Invoice invoice, Payment payment) {
        var account = invoice.getMembership().getAccount();
        mailer.send(account.getEmail(), "Payment received: invoice " + invoice.getNumber(),
                "Hello " + account.getFullName() + ",\n\n"
                + "We received " + invoice.totalDue().format() + " (" + payment.getMethod().getLabel() + ", "
                + payment.getReference() + ") for invoice " + invoice.getNumber() + ".\n"
                + "Your membership is paid through " + invoice.period().describe().replaceFirst(".* to ", "") + ".\n"
                + "Download the receipt from " + settings.link(MEMBERSHIP_PAGE) + "\n");
    }
}
