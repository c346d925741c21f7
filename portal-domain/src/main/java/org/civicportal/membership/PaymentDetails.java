package org.civicportal.membership;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.civicportal.shared.CleanText;

/** What an administrator enters when a payment arrives. */
public class PaymentDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Enter the amount received.")
    @DecimalMin(value = "0.01", message = "The amount must be more than zero.")
    @Digits(integer = 10, fraction = 2, message = "Enter the amount in dollars and cents, like 395.00.")
    private BigDecimal amount;

    @NotNull(message = "Choose how it was paid.")
    private PaymentMethod method;

    @NotBlank(message = "Enter the check number, transfer reference or card authorisation code.")
    @Size(max = 100, message = "Use at most 100 characters.")
    @CleanText
    private String reference;

    // "not in the future" is checked by the service against the portal's clock
    @NotNull(message = "Enter the day the payment was received.")
    private LocalDate receivedOn;

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference == null ? null : reference.strip();
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
