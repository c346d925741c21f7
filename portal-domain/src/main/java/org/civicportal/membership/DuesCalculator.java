package org.civicportal.membership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civicportal.shared.Money;

/**
 * Dues arithmetic: the category's annual rate, less the small-community discount of the band the
 * jurisdiction's population falls in, never below zero. One period costs one annual rate, however
 * long the period (a late joiner's bonus months are free).
 */
public final class DuesCalculator {

    private DuesCalculator() {
    }

    /**
     * Quotes the dues of one period.
     *
     * @param categoryCode the category chosen
     * @param categoryName its name, for the quote
     * @param annualRate   the category's rate in the schedule in force
     * @param bands        the schedule's small-community discounts
     * @param population   the jurisdiction's population; must be at least 1
     */
    public static DuesQuote quote(String categoryCode, String categoryName, Money annualRate, List<PopulationBand> bands,
                                  int population, MembershipPeriod period) {
        if (population < 1) {
            throw new IllegalArgumentException("Population must be at least 1 to price dues, was " + population);
        }
        List<DuesQuote.Line> lines = new ArrayList<>();
        bandFor(bands, population, categoryCode).ifPresent(band -> lines.add(discountLine(band, annualRate)));
        Money total = annualRate;
        for (DuesQuote.Line line : lines) {
            total = total.plus(line.amount());
        }
        return new DuesQuote(categoryName, annualRate, lines, total.atLeastZero(), period);
    }

    /** The band that applies; if an administrator left two overlapping, the one starting lowest. */
    static Optional<PopulationBand> bandFor(List<PopulationBand> bands, int population, String categoryCode) {
        return bands.stream()
                .filter(band -> band.appliesTo(population, categoryCode))
                .min(Comparator.comparingInt(PopulationBand::fromPopulation));
    }

    private static DuesQuote.Line discountLine(PopulationBand band, Money rate) {
        Money off;
        String how;
        if (band.kind() == DiscountKind.PERCENT) {
            off = rate.percent(band.value());
            how = "−" + band.value().stripTrailingZeros().toPlainString() + " %";
        } else {
            off = Money.of(band.value(), rate.currency());
            how = "−" + off.format();
        }
        // a fixed discount larger than the rate takes the rate to zero, not below
        if (off.compareTo(rate) > 0) {
            off = rate;
        }
        return new DuesQuote.Line("Community " + band.describe() + ": " + how, Money.zero(rate.currency()).minus(off));
    }

    /** A percentage is between 0 and 100; an amount is not negative. */
    static boolean isValidValue(DiscountKind kind, BigDecimal value) {
        return value != null && value.signum() >= 0
                && (kind != DiscountKind.PERCENT || value.compareTo(BigDecimal.valueOf(100)) <= 0);
    }
}
