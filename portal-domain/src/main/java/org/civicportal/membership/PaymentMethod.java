package org.civicportal.membership;

/** How a payment reached the association. */
public enum PaymentMethod {
    CHECK("Check"), BANK_TRANSFER("Bank transfer"), CARD_BY_PHONE("Card taken by phone");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
