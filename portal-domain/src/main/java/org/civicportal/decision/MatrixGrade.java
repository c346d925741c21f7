package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The matrix's grade (1 to 3) of one characteristic, and why. */
@Entity
@Table(name = "matrix_grade")
@IdClass(MatrixGrade.Key.class)
@NamedQuery(name = MatrixGrade.OF_MATRIX, query = "SELECT g FROM MatrixGrade g WHERE g.matrixId = :matrixId")
public class MatrixGrade extends GivenGrade {

    static final String OF_MATRIX = "MatrixGrade.ofMatrix";

    /** The matrix and the characteristic. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long matrixId;
        Characteristic characteristic;

        public Key() {
        }

        Key(Long matrixId, Characteristic characteristic) {
            this.matrixId = matrixId;
            this.characteristic = characteristic;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(matrixId, key.matrixId) && characteristic == key.characteristic;
        }

        @Override
        public int hashCode() {
            return Objects.hash(matrixId, characteristic);
        }
    }

    @Id
    @Column(name = "matrix_id")
    private Long matrixId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Characteristic characteristic;

    protected MatrixGrade() {
        // for JPA
    }

    MatrixGrade(long matrixId, Characteristic characteristic, int grade, String note) {
        this.matrixId = matrixId;
        this.characteristic = characteristic;
        change(grade, note);
    }

    @Override
    public Characteristic getCharacteristic() {
        return characteristic;
    }
}
