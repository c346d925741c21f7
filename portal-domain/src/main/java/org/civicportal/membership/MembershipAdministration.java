package org.civicportal.membership;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.civicportal.account.Role;
import org.civicportal.shared.Caller;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;

/** What administrators do with memberships: approve CAO/ACAO applications, record payments. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class MembershipAdministration {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    Invoicing invoicing;

    @Inject
    PaymentRecorder payments;

    @Inject
    MembershipMails mails;

    @Inject
    Clock clock;

    @Inject
    CivilCalendar calendar;

    /** Applications waiting for a decision, oldest first. */
    public List<Membership> awaitingApproval() {
        return em.createNamedQuery(Membership.AWAITING_APPROVAL, Membership.class).getResultList();
    }

    /**
     * How much waits for an administrator: applications to decide and invoices to settle. One
     * counting statement, for the administration menu on every admin page.
     */
    public WaitingWork waitingWork() {
        Object[] counts = em.createNamedQuery(Membership.WAITING_WORK, Object[].class).getSingleResult();
        return new WaitingWork(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Inject
    MembershipLifecycle lifecycle;

    @Inject
    MembershipGate gate;

    /** The membership of an account, if it has one. */
    public java.util.Optional<Membership> membershipOf(long accountId) {
        return gate.membershipOf(accountId);
    }

    /**
     * Cancels an account's membership; see {@link MembershipLifecycle#cancel}.
     *
     * @throws InvalidInputException if there is none or it is already cancelled
     */
    public void cancel(long accountId) {
        lifecycle.cancel(accountId);
    }

    /** Invoices waiting for payment, oldest first, with their members. */
    public List<Invoice> openInvoices() {
        return em.createNamedQuery(Invoice.OPEN, Invoice.class).getResultList();
    }

    /**
     * Approves or rejects an application for a rate that needs approval. Approval issues the first
     * invoice; either way the applicant is told by mail, with the note.
     *
     * @throws InvalidInputException if the application was already decided, or a rejection has no note
     */
    public void decide(long membershipId, boolean approve, String note) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null || !membership.isAwaitingApproval()) {
            throw new InvalidInputException("decision", "This application was already decided or withdrawn.");
        }
        if (!approve && (note == null || note.isBlank())) {
            throw new InvalidInputException("note", "Say why, so the applicant knows what to do next.");
        }
        membership.decide(approve, note == null ? null : note.strip(), clock.instant());
        mails.applicationDecided(membership, approve, note);
        if (approve) {
            MembershipCategory category = membership.getCategory();
            Invoice invoice = invoicing.issue(membership, InvoicePurpose.JOIN, invoicing.quote(membership.getAccount(),
                    category, category.periodRule().joining(calendar.today())));
            mails.invoiceIssued(invoice);
        }
    }

    /**
     * Records the payment of an invoice, once; see {@link PaymentRecorder}.
     *
     * @throws InvalidInputException if it is already paid, the amount is not the total due, or a field is wrong
     */
    public Payment recordPayment(long invoiceId, PaymentDetails details) {
        return payments.record(invoiceId, details, Caller.accountId(context));
    }
}
