package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A grade (1 to 3) of a characteristic with its reason: the matrix's own, or one participant's. */
@MappedSuperclass
public abstract class GivenGrade {

    @Column(nullable = false)
    private int grade;

    @Column(length = 1000)
    private String note;

    @Version
    private int version;

    void change(int newGrade, String newNote) {
        grade = newGrade;
        note = newNote;
    }

    public abstract Characteristic getCharacteristic();

    public int getGrade() {
        return grade;
    }

    public String getNote() {
        return note;
    }

    /** Grows with every change: a page that saw an older one cannot overwrite a newer grade. */
    public int getVersion() {
        return version;
    }
}
