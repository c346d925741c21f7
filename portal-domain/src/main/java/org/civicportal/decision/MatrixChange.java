package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a matrix's history: when, who, what. */
@Entity
@Table(name = "matrix_change")
@NamedQuery(name = MatrixChange.OF_MATRIX, query = "SELECT c FROM MatrixChange c WHERE c.matrixId = :matrixId"
        + " ORDER BY c.changedAt DESC, c.id DESC")
public class MatrixChange {

    static final String OF_MATRIX = "MatrixChange.ofMatrix";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "matrix_id", nullable = false)
    private Long matrixId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @Column(nullable = false, length = 500)
    private String what;

    protected MatrixChange() {
        // for JPA
    }

    MatrixChange(long matrixId, Instant changedAt, String changedBy, String what) {
        this.matrixId = matrixId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.what = what.length() > 500 ? what.substring(0, 497) + "..." : what;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getWhat() {
        return what;
    }
}
