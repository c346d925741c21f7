package org.civicportal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsKeepTheCurrencysScaleAndRoundHalfUp() {
        assertEquals(new BigDecimal("10.01"), Money.of("10.005", "USD").amount());
        assertEquals(new BigDecimal("10.00"), Money.of("10.004", "USD").amount());
        assertEquals(new BigDecimal("500"), Money.of("499.5", "JPY").amount(), "yen have no minor unit");
    }

    @Test
    void percentagesAreExact() {
        assertEquals(Money.of("99.60", "USD"), Money.of("249.00", "USD").percent(new BigDecimal("40")));
        assertEquals(Money.of("41.58", "USD"), Money.of("249.50", "USD").percent(new BigDecimal("16.666")));
        // 0.1 + 0.2 is 0.3 here, unlike in floating point
        assertEquals(Money.of("0.30", "USD"), Money.of("0.10", "USD").plus(Money.of("0.20", "USD")));
    }

    @Test
    void currenciesNeverMix() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "USD").plus(Money.of("1", "CAD")));
    }

    @Test
    void amountsReadWithTheirCurrency() {
        assertEquals("USD 1,250.00", Money.of("1250", "USD").format());
        assertEquals("USD 0.00", Money.of("-5", "USD").atLeastZero().format());
    }
}
