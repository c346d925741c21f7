package org.civicportal.content;

/** Community sizes, for filtering case studies: a town of 8,000 learns most from towns like it. */
public enum PopulationBand {
    UNDER_10K("Under 10,000", 0, 10_000),
    FROM_10K("10,000 to 49,999", 10_000, 50_000),
    FROM_50K("50,000 to 249,999", 50_000, 250_000),
    FROM_250K("250,000 and more", 250_000, Long.MAX_VALUE);

    private final String label;
    private final long from;
    private final long below;

    PopulationBand(String label, long from, long below) {
        this.label = label;
        this.from = from;
        this.below = below;
    }

    public String getLabel() {
        return label;
    }

    /** The first population in the band. */
    public long from() {
        return from;
    }

    /** The first population above the band. */
    public long below() {
        return below;
    }

    /** The band a population falls in. */
    public static PopulationBand of(long population) {
        for (PopulationBand band : values()) {
            if (population >= band.from && population < band.below) {
                return band;
            }
        }
        return UNDER_10K;
    }
}
