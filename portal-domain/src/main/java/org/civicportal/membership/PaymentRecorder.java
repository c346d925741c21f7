package org.civicportal.membership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;

/**
 * Records the payment of an invoice and extends the membership, exactly once. The invoice row is
 * locked for the transaction, so concurrent attempts (a double click, a retry, two administrators)
 * queue behind the first and then see the invoice paid; the unique key on {@code payment.invoice_id}
 * is the last word if anything gets past that. Called by {@link MembershipAdministration}, which
 * checks the caller's role.
 */
@Stateless
public class PaymentRecorder {

    static final String ALREADY_PAID = "This invoice is already paid. Nothing was recorded twice.";

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    MembershipMails mails;

    @Inject
    Clock clock;

    @Inject
    CivilCalendar calendar;

    /**
     * Records the payment.
     *
     * @param recordedBy the administrator's account id, for the record
     * @throws InvalidInputException if the invoice is already paid or void, the amount differs from the
     *                               total due, or a field is wrong; nothing is saved then
     */
    public Payment record(long invoiceId, PaymentDetails details, Long recordedBy) {
        inputCheck.valid(details);
        if (details.getReceivedOn().isAfter(calendar.today())) {
            throw new InvalidInputException("receivedOn", "The payment cannot be received in the future.");
        }
        Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new InvalidInputException("invoice", "That invoice does not exist.");
        }
        if (invoice.getStatus() == InvoiceStatus.PAID) {
            throw new InvalidInputException("invoice", ALREADY_PAID);
        }
        if (invoice.getStatus() == InvoiceStatus.VOID) {
            throw new InvalidInputException("invoice", "This invoice was voided and cannot be paid.");
        }
        int difference = details.getAmount().compareTo(invoice.totalDue().amount());
        if (difference != 0) {
            throw new InvalidInputException("amount", "The amount must equal the total due, "
                    + invoice.totalDue().format() + (difference > 0 ? ": this is more." : ": this is less.")
                    + " Record partial payments or refunds outside the portal for now.");
        }
        Payment payment = new Payment(invoice, details, recordedBy, clock.instant());
        try {
            em.persist(payment);
            invoice.markPaid();
            invoice.getMembership().cover(invoice.period());
            em.flush();
        } catch (PersistenceException duplicate) {
            throw new InvalidInputException("invoice", ALREADY_PAID);
        }
        mails.paymentReceived(invoice, payment);
        return payment;
    }
}
