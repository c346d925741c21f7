package org.civicportal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    /**
     * Every category, in the order members see them, and the schedule in force today.
     *
     * @param schedule null if the association has none
     */
    public record Dues(List<MembershipCategory> categories, DuesSchedule schedule) {
    }

    /**
     * The categories and the schedule in force today, read in one transaction and the categories
     * first: the schedule's rates are keyed by category, and a category this transaction already
     * read is not read again (apart, it cost one statement per category).
     */
    @Transactional
    public Dues today() {
        List<MembershipCategory> categories = schedules.categories();
        return new Dues(categories, schedules.inForceOn(calendar.today()).orElse(null));
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
