package org.civicportal.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of one currency, always at the currency's scale (cents for dollars). Amounts of
 * different currencies never mix.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.amount = Objects.requireNonNull(amount, "amount").setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    }

    /** An amount, rounded half-up to the currency's minor unit. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount given as text, e.g. {@code Money.of("250.00", "USD")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** This amount times {@code percent} / 100, rounded half-up to the minor unit. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(BigDecimal.valueOf(100), currency.getDefaultFractionDigits(),
                RoundingMode.HALF_UP), currency);
    }

    /** The larger of this and zero: a discount never makes dues negative. */
    public Money atLeastZero() {
        return amount.signum() < 0 ? zero(currency) : this;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** As a person reads it, with the currency, e.g. "USD 1,250.00". */
    public String format() {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.US);
        number.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        number.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return currency.getCurrencyCode() + " " + number.format(amount);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount) && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return format();
    }
}
