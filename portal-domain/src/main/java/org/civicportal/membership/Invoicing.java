package org.civicportal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.civicportal.account.Account;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;

/** Quotes dues and issues invoices from the schedule in force: the one place that prices a period. */
@ApplicationScoped
public class Invoicing {

    /** Said when a second invoice would wait beside the first (a double click on "Renew"). */
    static final String ALREADY_OPEN = "An invoice for this membership is already waiting for payment: see below.";

    @PersistenceContext
    EntityManager em;

    @Inject
    DuesSchedules schedules;

    @Inject
    Clock clock;

    @Inject
    CivilCalendar calendar;

    /**
     * The quote for a person's jurisdiction in a category, for the given period.
     *
     * @throws InvalidInputException if the population is missing or there is no rate for the category
     */
    public DuesQuote quote(Account account, MembershipCategory category, MembershipPeriod period) {
        return quote(account, category, period, scheduleInForce());
    }

    /**
     * The quote from a given schedule, for callers pricing several categories at once (one schedule
     * query, not one per category).
     *
     * @throws InvalidInputException if the population is missing or the schedule has no rate for the category
     */
    public DuesQuote quote(Account account, MembershipCategory category, MembershipPeriod period, DuesSchedule schedule) {
        Integer population = account.getJurisdiction().getPopulation();
        if (population == null || population < 1) {
            throw new InvalidInputException("population",
                    "Add your community's population to your profile: dues depend on it.");
        }
        return DuesCalculator.quote(category.getCode(), category.getName(),
                schedule.rateFor(category).orElseThrow(() -> new InvalidInputException("category",
                        category.getName() + " has no rate in the dues schedule in force.")),
                schedule.bands(), population, period);
    }

    /**
     * The schedule in force today.
     *
     * @throws InvalidInputException if there is none
     */
    public DuesSchedule scheduleInForce() {
        return schedules.inForceOn(calendar.today()).orElseThrow(() -> new InvalidInputException("category",
                "No dues schedule is in force today. Please contact the association."));
    }

    /**
     * Issues an invoice for the quote, numbered once its id is known.
     *
     * @throws InvalidInputException if another invoice of the membership is waiting for payment
     *                               (the database's key decides when two requests race)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice issue(Membership membership, InvoicePurpose purpose, DuesQuote quote) {
        if (membership.getId() == null) {
            em.flush(); // a new membership needs its id for the open-invoice key
        }
        Invoice invoice = new Invoice(membership, purpose, quote, clock.instant());
        try {
            em.persist(invoice);
            em.flush();
        } catch (PersistenceException refused) {
            if (!isRivalInvoice(refused)) {
                throw refused;
            }
            throw new InvalidInputException(purpose == InvoicePurpose.RENEWAL ? "renewal" : "category", ALREADY_OPEN);
        }
        invoice.assignNumber(calendar.zone());
        return invoice;
    }

    /** The invoices of the account's membership, newest first, without reading the membership first. */
    public List<Invoice> ofAccount(long accountId) {
        return em.createNamedQuery(Invoice.OF_ACCOUNT, Invoice.class).setParameter("accountId", accountId).getResultList();
    }

    /** The membership's invoices, newest first. */
    public List<Invoice> of(Membership membership) {
        return em.createNamedQuery(Invoice.OF_MEMBERSHIP, Invoice.class).setParameter("membership", membership).getResultList();
    }

    /**
     * True if the database refused the row because another invoice holds the open-invoice key: a
     * key violation (SQL state class 23), or, when several renewals insert the same key at once,
     * the deadlock InnoDB resolves by rolling one of them back (state 40001) while another wins.
     */
    private static boolean isRivalInvoice(Throwable problem) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().equals("40001"))) {
                return true;
            }
        }
        return false;
    }
}
