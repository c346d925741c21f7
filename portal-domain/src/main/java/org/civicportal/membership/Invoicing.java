package org.civicportal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.civicportal.account.Account;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;

/** Quotes dues and issues invoices from the schedule in force: the one place that prices a period. */
@ApplicationScoped
public class Invoicing {

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

    /** Issues an invoice for the quote, numbered once its id is known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Invoice issue(Membership membership, InvoicePurpose purpose, DuesQuote quote) {
        Invoice invoice = new Invoice(membership, purpose, quote, clock.instant());
        em.persist(invoice);
        em.flush();
        invoice.assignNumber(calendar.zone());
        return invoice;
    }

    /** The membership's invoices, newest first. */
    public List<Invoice> of(Membership membership) {
        return em.createNamedQuery(Invoice.OF_MEMBERSHIP, Invoice.class).setParameter("membership", membership).getResultList();
    }
}
