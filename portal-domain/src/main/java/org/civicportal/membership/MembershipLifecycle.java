package org.civicportal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.civicportal.account.Account;
import org.civicportal.account.PositionType;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;

/**
 * Joining and renewing, for a given account. Who may act for whom is decided by the callers
 * ({@link MembershipService} acts for the logged-in person only); this class holds the rules.
 */
@ApplicationScoped
@Transactional
public class MembershipLifecycle {

    @PersistenceContext
    EntityManager em;

    @Inject
    DuesSchedules schedules;

    @Inject
    Invoicing invoicing;

    @Inject
    MembershipGate gate;

    @Inject
    MembershipMails mails;

    @Inject
    Clock clock;

    @Inject
    CivilCalendar calendar;

    /**
     * Applies for membership in a category. Where the category needs approval (the CAO/ACAO rate)
     * the application waits for an administrator; otherwise the first invoice is issued at once.
     *
     * @throws InvalidInputException if the category is not open to the person's position, the
     *                               population is missing, or a membership is already running
     */
    public Membership join(long accountId, String categoryCode) {
        Account account = em.find(Account.class, accountId);
        MembershipCategory category = schedules.category(categoryCode)
                .orElseThrow(() -> new InvalidInputException("category", "Choose one of the membership categories."));
        String notAllowed = reasonNotAllowed(account, category);
        if (notAllowed != null) {
            throw new InvalidInputException("category", notAllowed);
        }
        LocalDate today = calendar.today();
        Membership membership = gate.membershipOf(account.getId()).orElse(null);
        MembershipVerdict verdict = MembershipPolicy.mayJoin(facts(membership), today);
        if (!verdict.allowed()) {
            throw new InvalidInputException("category", verdict.reason());
        }
        if (membership != null) {
            membership.choose(category);
        } else {
            membership = new Membership(account, category, clock.instant());
            em.persist(membership);
        }
        if (membership.isAwaitingApproval()) {
            mails.applicationAwaitsApproval(membership);
        } else {
            Invoice invoice = invoicing.issue(membership, InvoicePurpose.JOIN,
                    invoicing.quote(account, category, category.periodRule().joining(today)));
            mails.invoiceIssued(invoice);
        }
        return membership;
    }

    /**
     * Issues the renewal invoice: from the end date while active or in grace, from today after a lapse.
     *
     * @throws InvalidInputException if renewal is not open yet, the membership is cancelled, or an
     *                               invoice is already waiting for payment
     */
    public Invoice renew(long accountId) {
        Membership membership = gate.membershipOf(accountId).orElse(null);
        LocalDate today = calendar.today();
        MembershipVerdict verdict = MembershipPolicy.mayRenew(facts(membership), today);
        if (!verdict.allowed()) {
            throw new InvalidInputException("renewal", verdict.reason());
        }
        MembershipStatus status = membership.standing().on(today);
        MembershipPeriod period = membership.getCategory().periodRule()
                .renewing(membership.paidPeriod(), today, status == MembershipStatus.LAPSED);
        Invoice invoice = invoicing.issue(membership, InvoicePurpose.RENEWAL,
                invoicing.quote(membership.getAccount(), membership.getCategory(), period));
        mails.invoiceIssued(invoice);
        return invoice;
    }

    /**
     * Cancels the account's membership: access ends at once, invoices waiting for payment are voided,
     * and it cannot be renewed (the person may contact the association to join again).
     *
     * @throws InvalidInputException if there is no membership or it is already cancelled
     */
    public Membership cancel(long accountId) {
        Membership membership = gate.membershipOf(accountId)
                .orElseThrow(() -> new InvalidInputException("membership", "This person has no membership to cancel."));
        if (membership.standing().on(calendar.today()) == MembershipStatus.CANCELLED) {
            throw new InvalidInputException("membership", "This membership is already cancelled.");
        }
        membership.cancel(clock.instant());
        invoicing.of(membership).stream().filter(Invoice::isOpen).forEach(Invoice::markVoid);
        mails.cancelled(membership);
        return membership;
    }

    private MembershipPolicy.Facts facts(Membership membership) {
        return membership == null ? null
                : MembershipPolicy.Facts.of(membership, invoicing.of(membership).stream().anyMatch(Invoice::isOpen));
    }

    /** Why the person may not choose the category, or null if they may. */
    static String reasonNotAllowed(Account account, MembershipCategory category) {
        if (!category.allows(account.getPositionType())) {
            String positions = category.getEligiblePositions().stream().sorted()
                    .map(PositionType::getLabel).collect(Collectors.joining("; "));
            return "This category is for: " + positions + ". Your profile says your position is \u201c"
                    + account.getPositionType().getLabel() + "\u201d; if that is wrong, correct it on your profile page.";
        }
        return null;
    }
}
