package org.civicportal.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Account;
import org.civicportal.account.Role;
import org.civicportal.shared.Caller;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;

/**
 * A person's own membership: what they may join and at what price, joining, renewing, invoices.
 * Always the caller's own, from the security context.
 */
@Stateless
@RolesAllowed({Role.Names.MEMBER, Role.Names.EDITOR, Role.Names.PROVIDER, Role.Names.ADMIN})
public class MembershipService {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    DuesSchedules schedules;

    @Inject
    Invoicing invoicing;

    @Inject
    MembershipGate gate;

    @Inject
    MembershipLifecycle lifecycle;

    @Inject
    CivilCalendar calendar;

    /** The caller's membership, if they ever applied. */
    public Optional<Membership> myMembership() {
        return gate.membershipOf(callerId());
    }

    /** The caller's invoices, newest first. */
    public List<Invoice> myInvoices() {
        return invoicing.ofAccount(callerId());
    }

    /** Every category, each with a quote for the caller or the reason they may not choose it. */
    public List<MembershipOffer> offers() {
        Account account = em.find(Account.class, callerId());
        LocalDate today = calendar.today();
        List<MembershipOffer> offers = new ArrayList<>();
        // the categories first: the schedule's rates are keyed by category, and each key found in
        // this transaction is not read again, one statement per category
        List<MembershipCategory> categories = schedules.categories();
        DuesSchedule schedule = null;
        String noSchedule = null;
        try {
            schedule = invoicing.scheduleInForce();
        } catch (InvalidInputException none) {
            noSchedule = none.getMessage();
        }
        for (MembershipCategory category : categories) {
            String reason = MembershipLifecycle.reasonNotAllowed(account, category);
            DuesQuote quote = null;
            try {
                if (schedule == null) {
                    throw new InvalidInputException("category", noSchedule);
                }
                quote = invoicing.quote(account, category, category.periodRule().joining(today), schedule);
            } catch (InvalidInputException unpriced) {
                reason = reason == null ? unpriced.getMessage() : reason;
            }
            offers.add(new MembershipOffer(category, quote, reason));
        }
        return offers;
    }

    /**
     * Applies for membership in a category; see {@link MembershipLifecycle#join}.
     *
     * @throws InvalidInputException if the category is not open to the caller, or a membership is running
     */
    public Membership join(String categoryCode) {
        return lifecycle.join(callerId(), categoryCode);
    }

    /**
     * Issues the caller's renewal invoice; see {@link MembershipLifecycle#renew}.
     *
     * @throws InvalidInputException if renewal is not open, the membership is cancelled, or an invoice waits
     */
    public Invoice renew() {
        return lifecycle.renew(callerId());
    }

    /** One of the caller's invoices with its payment, for the receipt; null if it is not theirs. */
    public Receipt myReceipt(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || !invoice.getMembership().getAccount().getId().equals(callerId())
                || invoice.getStatus() != InvoiceStatus.PAID) {
            return null;
        }
        Payment payment = em.createNamedQuery(Payment.OF_INVOICE, Payment.class).setParameter("invoice", invoice).getSingleResult();
        return new Receipt(invoice, payment, invoice.getMembership().getAccount());
    }

    private long callerId() {
        return Caller.accountId(context);
    }
}
