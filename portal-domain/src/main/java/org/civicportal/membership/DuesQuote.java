package org.civicportal.membership;

import java.io.Serializable;
import java.util.List;
import org.civicportal.shared.Money;

/**
 * What a member will pay and why, shown before paying: the category's rate, each discount with
 * its reason, the total and the period it buys.
 */
public record DuesQuote(String categoryName, Money baseRate, List<Line> discounts, Money total, MembershipPeriod period) implements Serializable {

    /** A discount, as a negative amount with the words that explain it. */
    public record Line(String reason, Money amount) implements Serializable {
    }

    public DuesQuote {
        discounts = List.copyOf(discounts);
    }
}
