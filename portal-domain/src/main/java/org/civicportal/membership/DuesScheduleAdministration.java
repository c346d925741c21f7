package org.civicportal.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicportal.account.Role;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;

/**
 * Dues schedules for administrators. A schedule is never edited once created: a new one takes over
 * from a date, so every invoice keeps the prices it was issued with and the history stays readable.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DuesScheduleAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    DuesSchedules schedules;

    @Inject
    InputCheck inputCheck;

    @Inject
    Clock clock;

    /** All schedules, newest first. */
    public List<DuesSchedule> all() {
        return em.createNamedQuery(DuesSchedule.ALL, DuesSchedule.class).getResultList();
    }

    /**
     * Creates a schedule. An open-ended schedule that started earlier is ended the day before this
     * one starts; any other overlap is refused.
     *
     * @throws InvalidInputException with a message per field: dates, a missing or negative rate,
     *                               a band that is empty, inverted, over 100 % or overlapping another
     */
    public DuesSchedule create(ScheduleDraft draft) {
        inputCheck.valid(draft);
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.getEffectiveTo() != null && draft.getEffectiveTo().isBefore(draft.getEffectiveFrom())) {
            problems.put("effectiveTo", "The last day cannot come before the first day.");
        }
        List<DuesSchedule> existing = all();
        List<DuesSchedule> toEnd = new ArrayList<>();
        for (DuesSchedule other : existing) {
            boolean openEndedBefore = other.getEffectiveTo() == null && other.getEffectiveFrom().isBefore(draft.getEffectiveFrom());
            if (openEndedBefore) {
                toEnd.add(other);
            } else if (other.overlaps(draft.getEffectiveFrom(), draft.getEffectiveTo())) {
                problems.putIfAbsent("effectiveFrom", "These dates overlap \u201c" + other.getName() + "\u201d ("
                        + other.getEffectiveFrom() + (other.getEffectiveTo() == null ? " on" : " to " + other.getEffectiveTo())
                        + "). Choose dates after it.");
            }
        }
        List<MembershipCategory> categories = schedules.categories();
        for (MembershipCategory category : categories) {
            BigDecimal rate = draft.getRates().get(category.getCode());
            if (rate == null) {
                problems.put("rate_" + category.getCode(), "Enter the annual rate for " + category.getName() + ".");
            } else if (rate.signum() < 0) {
                problems.put("rate_" + category.getCode(), "A rate cannot be negative.");
            }
        }
        List<PopulationBand> bands = new ArrayList<>();
        for (int i = 0; i < draft.getBands().size(); i++) {
            ScheduleDraft.BandDraft band = draft.getBands().get(i);
            if (band.isBlank()) {
                continue;
            }
            String problem = problemWith(band);
            if (problem == null) {
                PopulationBand rule = new PopulationBand(band.getFromPopulation(), band.getToPopulation(), band.getKind(),
                        band.getValue(), new HashSet<>(band.getCategoryCodes()));
                for (PopulationBand earlier : bands) {
                    if (earlier.overlaps(rule) && !java.util.Collections.disjoint(earlier.categoryCodes(), rule.categoryCodes())) {
                        problem = "This band overlaps the band " + earlier.describe() + " for the same category.";
                    }
                }
                bands.add(rule);
            }
            if (problem != null) {
                problems.put("band_" + i, "Band " + (i + 1) + ": " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        toEnd.forEach(other -> other.endOn(draft.getEffectiveFrom().minusDays(1)));
        DuesSchedule schedule = new DuesSchedule(draft.getName(), draft.getEffectiveFrom(), draft.getEffectiveTo(),
                draft.getCurrency(), clock.instant());
        for (MembershipCategory category : categories) {
            schedule.setRate(category, draft.getRates().get(category.getCode()));
        }
        for (PopulationBand band : bands) {
            Set<MembershipCategory> applies = new HashSet<>();
            categories.stream().filter(c -> band.categoryCodes().contains(c.getCode())).forEach(applies::add);
            schedule.addDiscount(new DuesDiscount(schedule, band.fromPopulation(), band.toPopulation(), band.kind(), band.value(), applies));
        }
        em.persist(schedule);
        return schedule;
    }

    /** Every membership category, in the order members see them. */
    public List<MembershipCategory> categories() {
        return schedules.categories();
    }

    /**
     * Changes a category's name, period rule, grace and renewal days, approval and eligible
     * positions. Applies to joins and renewals from now on; paid periods are not recomputed.
     *
     * @throws InvalidInputException with a message per wrong field
     */
    public MembershipCategory updateCategory(String code, CategoryChange change) {
        inputCheck.valid(change);
        MembershipCategory category = schedules.category(code)
                .orElseThrow(() -> new InvalidInputException("category", "That category does not exist."));
        category.update(change);
        return category;
    }

    private static String problemWith(ScheduleDraft.BandDraft band) {
        if (band.getFromPopulation() == null || band.getFromPopulation() < 1) {
            return "Enter the smallest population of the band, at least 1.";
        }
        if (band.getToPopulation() != null && band.getToPopulation() < band.getFromPopulation()) {
            return "The largest population of the band cannot be below the smallest.";
        }
        if (band.getKind() == null || !DuesCalculator.isValidValue(band.getKind(), band.getValue())) {
            return band.getKind() == DiscountKind.PERCENT ? "Enter a percentage from 0 to 100." : "Enter an amount of zero or more.";
        }
        if (band.getCategoryCodes() == null || band.getCategoryCodes().isEmpty()) {
            return "Choose the categories the discount applies to.";
        }
        return null;
    }
}
