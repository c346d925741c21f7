package org.civicportal.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicportal.account.Role;
import org.civicportal.shared.CivilCalendar;

/**
 * Figures for administrators: members by category and status, dues received by month and
 * category, renewals coming up. Each report is one query; statuses are computed from dates.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class MembershipReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    CivilCalendar calendar;

    /** Every membership with its person and category, by name. */
    public List<Membership> memberships() {
        return em.createNamedQuery(Membership.ALL_WITH_PEOPLE, Membership.class).getResultList();
    }

    /** How many memberships each category has in each status today. */
    public Map<String, Map<MembershipStatus, Integer>> countsByCategoryAndStatus() {
        LocalDate today = calendar.today();
        Map<String, Map<MembershipStatus, Integer>> counts = new TreeMap<>();
        for (Membership membership : memberships()) {
            counts.computeIfAbsent(membership.getCategory().getName(), name -> new EnumMap<>(MembershipStatus.class))
                    .merge(membership.standing().on(today), 1, Integer::sum);
        }
        return counts;
    }

    /** Payments received between the two days, with their invoices and members. */
    public List<Payment> payments(LocalDate from, LocalDate to) {
        return em.createNamedQuery(Payment.RECEIVED_BETWEEN, Payment.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Dues received in each month of the last twelve (this month included), by category. */
    public Map<YearMonth, Map<String, BigDecimal>> revenueByMonthAndCategory() {
        YearMonth thisMonth = YearMonth.from(calendar.today());
        YearMonth first = thisMonth.minusMonths(11);
        Map<YearMonth, Map<String, BigDecimal>> revenue = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            revenue.put(month, new TreeMap<>());
        }
        for (Payment payment : payments(first.atDay(1), thisMonth.atEndOfMonth())) {
            revenue.get(YearMonth.from(payment.getReceivedOn()))
                    .merge(payment.getInvoice().getCategoryName(), payment.getAmount(), BigDecimal::add);
        }
        return revenue;
    }

    /** Memberships whose paid period ends within the given number of days, soonest first. */
    public List<Membership> endingWithin(int days) {
        LocalDate today = calendar.today();
        return em.createNamedQuery(Membership.ENDING_BETWEEN, Membership.class)
                .setParameter("from", today)
                .setParameter("to", today.plusDays(days))
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(Membership::getPaidThrough))
                .toList();
    }
}
