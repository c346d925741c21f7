package org.civicportal.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civicportal.shared.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The dues arithmetic at every band edge. */
class DuesCalculatorTest {

    private static final Money CAO_RATE = Money.of("600.00", "USD");
    private static final MembershipPeriod YEAR = new MembershipPeriod(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31"));

    /** The association's bands: under 10,000 −40 %; 10,000–24,999 −25 %; 25,000–49,999 −10 %. */
    private static final List<PopulationBand> BANDS = List.of(
            new PopulationBand(1, 9_999, DiscountKind.PERCENT, new BigDecimal("40"), Set.of("CAO_ACAO", "STAFF")),
            new PopulationBand(10_000, 24_999, DiscountKind.PERCENT, new BigDecimal("25"), Set.of("CAO_ACAO", "STAFF")),
            new PopulationBand(25_000, 49_999, DiscountKind.PERCENT, new BigDecimal("10"), Set.of("CAO_ACAO")));

    private static DuesQuote quote(String category, int population) {
        return DuesCalculator.quote(category, category, CAO_RATE, BANDS, population, YEAR);
    }

    @ParameterizedTest(name = "population {0} pays {1}")
    @CsvSource({
        "1, 360.00",
        "9999, 360.00",
        "10000, 450.00",
        "24999, 450.00",
        "25000, 540.00",
        "49999, 540.00",
        "50000, 600.00",
        "8000000, 600.00"
    })
    void eachBandEdgeBelongsToExactlyOneBand(int population, String total) {
        assertEquals(Money.of(total, "USD"), quote("CAO_ACAO", population).total());
    }

    @Test
    void theQuoteSaysWhichDiscountAppliedAndWhy() {
        DuesQuote quote = quote("CAO_ACAO", 8_400);
        assertEquals(CAO_RATE, quote.baseRate());
        assertEquals(1, quote.discounts().size());
        assertEquals("Community under 10,000: −40 %", quote.discounts().get(0).reason());
        assertEquals(Money.of("-240.00", "USD"), quote.discounts().get(0).amount());
        assertEquals(YEAR, quote.period());
    }

    @Test
    void aBandAppliesOnlyToTheCategoriesItNames() {
        assertEquals(Money.of("600.00", "USD"), quote("STAFF", 30_000).total(), "the 25,000–49,999 band is CAO/ACAO only");
        assertEquals(Money.of("600.00", "USD"), quote("STUDENT", 2_000).total());
        assertTrue(quote("STUDENT", 2_000).discounts().isEmpty());
    }

    @Test
    void aFixedDiscountIsTakenOffAndNeverGoesBelowZero() {
        List<PopulationBand> fixed = List.of(
                new PopulationBand(1, 4_999, DiscountKind.FIXED_AMOUNT, new BigDecimal("150"), Set.of("STAFF")),
                new PopulationBand(5_000, null, DiscountKind.FIXED_AMOUNT, new BigDecimal("900"), Set.of("STAFF")));
        DuesQuote small = DuesCalculator.quote("STAFF", "Staff", CAO_RATE, fixed, 4_999, YEAR);
        assertEquals(Money.of("450.00", "USD"), small.total());
        assertEquals("Community under 5,000: −USD 150.00", small.discounts().get(0).reason());
        DuesQuote big = DuesCalculator.quote("STAFF", "Staff", CAO_RATE, fixed, 5_000, YEAR);
        assertEquals(Money.of("0.00", "USD"), big.total());
        assertEquals(Money.of("-600.00", "USD"), big.discounts().get(0).amount());
        assertEquals("Community 5,000 and over: −USD 900.00", big.discounts().get(0).reason());
    }

    @Test
    void percentagesOfOddAmountsRoundToTheCent() {
        List<PopulationBand> third = List.of(new PopulationBand(1, null, DiscountKind.PERCENT, new BigDecimal("33.333"), Set.of("X")));
        DuesQuote quote = DuesCalculator.quote("X", "X", Money.of("100.00", "USD"), third, 10, YEAR);
        assertEquals(Money.of("66.67", "USD"), quote.total());
    }

    @Test
    void aMissingOrZeroPopulationCannotBePriced() {
        assertThrows(IllegalArgumentException.class, () -> quote("CAO_ACAO", 0));
    }

    @Test
    void overlappingBandsAreDetected() {
        assertTrue(BANDS.get(0).overlaps(new PopulationBand(9_999, 12_000, DiscountKind.PERCENT, BigDecimal.ONE, Set.of())));
        assertTrue(!BANDS.get(0).overlaps(BANDS.get(1)));
        assertTrue(new PopulationBand(50_000, null, DiscountKind.PERCENT, BigDecimal.ONE, Set.of())
                .overlaps(new PopulationBand(900_000, null, DiscountKind.PERCENT, BigDecimal.ONE, Set.of())));
    }

    @Test
    void discountValuesMustMakeSense() {
        assertTrue(DuesCalculator.isValidValue(DiscountKind.PERCENT, new BigDecimal("100")));
        assertTrue(!DuesCalculator.isValidValue(DiscountKind.PERCENT, new BigDecimal("100.01")));
        assertTrue(!DuesCalculator.isValidValue(DiscountKind.FIXED_AMOUNT, new BigDecimal("-1")));
    }
}
