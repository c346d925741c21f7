package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The matrix's score of one option on one criterion, and the reason written down for it. */
@Entity
@Table(name = "matrix_score")
@IdClass(MatrixScore.Key.class)
@NamedQuery(name = MatrixScore.OF_MATRIX, query = "SELECT s FROM MatrixScore s WHERE s.optionId IN"
        + " (SELECT o.id FROM MatrixOption o WHERE o.matrix.id = :matrixId)")
public class MatrixScore extends GivenScore {

    static final String OF_MATRIX = "MatrixScore.ofMatrix";

    /** The option and the criterion. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long optionId;
        Long criterionId;

        public Key() {
        }

        Key(Long optionId, Long criterionId) {
            this.optionId = optionId;
            this.criterionId = criterionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(optionId, key.optionId) && Objects.equals(criterionId, key.criterionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(optionId, criterionId);
        }
    }

    @Id
    @Column(name = "option_id")
    private Long optionId;

    @Id
    @Column(name = "criterion_id")
    private Long criterionId;

    protected MatrixScore() {
        // for JPA
    }

    MatrixScore(long optionId, long criterionId, int score, String rationale) {
        this.optionId = optionId;
        this.criterionId = criterionId;
        change(score, rationale);
    }

    @Override
    public Long getOptionId() {
        return optionId;
    }

    @Override
    public Long getCriterionId() {
        return criterionId;
    }
}
