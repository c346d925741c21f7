package org.civicportal.membership;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A small-community discount: for jurisdictions whose population is within the band, in the
 * categories it names.
 *
 * @param fromPopulation    lowest population in the band, included
 * @param toPopulation      highest population in the band, included; null for "and over"
 * @param kind              percentage or fixed amount
 * @param value             the percentage (e.g. 40) or the amount
 * @param categoryCodes     the categories it applies to
 */
public record PopulationBand(int fromPopulation, Integer toPopulation, DiscountKind kind, BigDecimal value,
                             Set<String> categoryCodes) {

    public PopulationBand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        categoryCodes = Set.copyOf(categoryCodes);
    }

    /** True if a jurisdiction of this population, in this category, gets the discount. */
    public boolean appliesTo(int population, String categoryCode) {
        return population >= fromPopulation && (toPopulation == null || population <= toPopulation)
                && categoryCodes.contains(categoryCode);
    }

    /** True if the two bands share at least one population. */
    public boolean overlaps(PopulationBand other) {
        long thisEnd = toPopulation == null ? Long.MAX_VALUE : toPopulation;
        long otherEnd = other.toPopulation == null ? Long.MAX_VALUE : other.toPopulation;
        return fromPopulation <= otherEnd && other.fromPopulation <= thisEnd;
    }

    /** The band in words, e.g. "under 10,000", "10,000 to 24,999", "250,000 and over". */
    public String describe() {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.US);
        if (fromPopulation <= 1 && toPopulation != null) {
            return "under " + number.format(toPopulation + 1L);
        }
        if (toPopulation == null) {
            return number.format(fromPopulation) + " and over";
        }
        return number.format(fromPopulation) + " to " + number.format(toPopulation);
    }
}
