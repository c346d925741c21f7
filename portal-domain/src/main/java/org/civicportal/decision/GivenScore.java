package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A score of an option on a criterion with its reason: the matrix's own, or one participant's. */
@MappedSuperclass
public abstract class GivenScore {

    @Column(nullable = false)
    private int score;

    @Column(length = 1000)
    private String rationale;

    @Version
    private int version;

    void change(int newScore, String newRationale) {
        score = newScore;
        rationale = newRationale;
    }

    public abstract Long getOptionId();

    public abstract Long getCriterionId();

    public int getScore() {
        return score;
    }

    public String getRationale() {
        return rationale;
    }

    /** Grows with every change: a page that saw an older one cannot overwrite a newer score. */
    public int getVersion() {
        return version;
    }
}
