package org.civicportal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civicportal.shared.CivilCalendar;

/**
 * The dues as anyone may read them, before having an account: the categories, the schedule in
 * force today and a quote for a category and a population. Read-only, no login needed. The quote
 * is the one a person of that population would get on joining today: the same calculator and
 * period rule the membership page uses.
 */
@ApplicationScoped
public class DuesPriceList {

    @Inject
    DuesSchedules schedules;

    @Inject
    CivilCalendar calendar;

    /** The schedule in force today, or empty if the association has none. */
    public Optional<DuesSchedule> scheduleInForce() {
        return schedules.inForceOn(calendar.today());
    }

    /** Every category, in the order members see them. */
    public List<MembershipCategory> categories() {
        return schedules.categories();
    }

    /**
     * What joining today in the category would cost a jurisdiction of the population, and the
     * period it would buy.
     *
     * @param population at least 1 (the caller checks what people type)
     * @return empty if the schedule has no rate for the category
     */
    public Optional<DuesQuote> quoteForJoiningToday(DuesSchedule schedule, MembershipCategory category, int population) {
        return schedule.rateFor(category).map(rate -> DuesCalculator.quote(category.getCode(), category.getName(), rate,
                schedule.bands(), population, category.periodRule().joining(calendar.today())));
    }
}
