package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/** A characteristic's name, its question and what each grade means: reference data, editable. */
@Entity
@Table(name = "readiness_characteristic")
@NamedQuery(name = ReadinessCharacteristic.ALL, query = "SELECT c FROM ReadinessCharacteristic c ORDER BY c.position")
public class ReadinessCharacteristic implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALL = "ReadinessCharacteristic.all";

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Characteristic code;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String question;

    @Column(name = "grade_1", nullable = false, length = 500)
    private String grade1;

    @Column(name = "grade_2", nullable = false, length = 500)
    private String grade2;

    @Column(name = "grade_3", nullable = false, length = 500)
    private String grade3;

    @Version
    private int version;

    protected ReadinessCharacteristic() {
        // for JPA
    }

    void describe(String newName, String newQuestion, String newGrade1, String newGrade2, String newGrade3) {
        name = newName;
        question = newQuestion;
        grade1 = newGrade1;
        grade2 = newGrade2;
        grade3 = newGrade3;
    }

    public Characteristic getCode() {
        return code;
    }

    public boolean isService() {
        return code.group() == Characteristic.Group.SERVICE;
    }

    public String getName() {
        return name;
    }

    public String getQuestion() {
        return question;
    }

    /** What grade 1, 2 or 3 means for this characteristic. */
    public String guidance(int grade) {
        return switch (grade) {
            case 1 -> grade1;
            case 2 -> grade2;
            case 3 -> grade3;
            default -> throw new IllegalArgumentException("Grades run from 1 to 3");
        };
    }

    public String getGrade1() {
        return grade1;
    }

    public String getGrade2() {
        return grade2;
    }

    public String getGrade3() {
        return grade3;
    }
}
