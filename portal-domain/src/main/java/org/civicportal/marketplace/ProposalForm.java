package org.civicportal.marketplace;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.TextShape;

/** A provider's proposal for a request: what it would do, and for what price. A file may go with it. */
public class ProposalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Say what you propose to do.")
    @Size(max = 6000, message = "Use at most 6,000 characters.")
    @CleanText(multiLine = true)
    private String text;

    @NotNull(message = "Enter the price, e.g. 24000 (0 if you offer it free).")
    @DecimalMin(value = "0", message = "The price cannot be negative.")
    @Digits(integer = 12, fraction = 2, message = "Enter an amount like 24000 or 24000.50.")
    private BigDecimal price;

    @TextShape(value = TextShape.Shape.CURRENCY_CODE, message = "Choose a currency from the list.")
    private String currency = "USD";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
