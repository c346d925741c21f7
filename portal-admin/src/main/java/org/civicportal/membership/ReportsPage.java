package org.civicportal.membership;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.civicportal.shared.ReadableDates;

/** Membership figures for administrators ({@code admin/membership/reports.xhtml}). */
@Named
@RequestScoped
public class ReportsPage {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.US);

    /** One row of the members table. */
    public record CategoryRow(String category, int pending, int active, int grace, int lapsed, int cancelled) {
        public int getTotal() {
            return pending + active + grace + lapsed + cancelled;
        }
    }

    /** One month of revenue, with each category's share and the bar's width in percent of the best month. */
    public record MonthRow(String month, List<BigDecimal> byCategory, BigDecimal total, int barPercent) {
    }

    @Inject
    MembershipReports reports;

    private List<CategoryRow> members;
    private List<String> revenueCategories;
    private List<MonthRow> revenue;
    private List<Membership> upcoming;

    @PostConstruct
    void load() {
        members = new ArrayList<>();
        reports.countsByCategoryAndStatus().forEach((category, counts) -> members.add(new CategoryRow(category,
                count(counts, MembershipStatus.PENDING), count(counts, MembershipStatus.ACTIVE), count(counts, MembershipStatus.GRACE),
                count(counts, MembershipStatus.LAPSED), count(counts, MembershipStatus.CANCELLED))));
        Map<YearMonth, Map<String, BigDecimal>> byMonth = reports.revenueByMonthAndCategory();
        revenueCategories = new ArrayList<>(new TreeSet<>(byMonth.values().stream().flatMap(m -> m.keySet().stream()).toList()));
        BigDecimal best = byMonth.values().stream()
                .map(m -> m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        revenue = new ArrayList<>();
        byMonth.forEach((month, amounts) -> {
            BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            int percent = best.signum() == 0 ? 0
                    : total.multiply(BigDecimal.valueOf(100)).divide(best, 0, RoundingMode.HALF_UP).intValue();
            revenue.add(new MonthRow(MONTH.format(month),
                    revenueCategories.stream().map(c -> amounts.getOrDefault(c, BigDecimal.ZERO)).toList(), total, percent));
        });
        upcoming = reports.endingWithin(60);
    }

    private static int count(Map<MembershipStatus, Integer> counts, MembershipStatus status) {
        return counts.getOrDefault(status, 0);
    }

    public String day(java.time.LocalDate day) {
        return ReadableDates.DAY.format(day);
    }

    public List<CategoryRow> getMembers() {
        return members;
    }

    public List<String> getRevenueCategories() {
        return revenueCategories;
    }

    public List<MonthRow> getRevenue() {
        return revenue;
    }

    public List<Membership> getUpcoming() {
        return upcoming;
    }
}
