package org.civicportal.marketplace;

/** How a provider charges for an offering; a listing may add a short note (a range, what is included). */
public enum PriceModel {
    FIXED_FEE("Fixed fee"),
    HOURLY("Hourly or daily rates"),
    RETAINER("Retainer"),
    PER_PROJECT_QUOTE("Quoted per project"),
    GRANT_FUNDED("Grant-funded or subsidised"),
    FREE("Free of charge");

    private final String label;

    PriceModel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
