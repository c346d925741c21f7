package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A way of delivering the service: keep in-house, share with another government, contract, … */
@Entity
@Table(name = "matrix_option")
public class MatrixOption implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matrix_id", nullable = false)
    private DecisionMatrix matrix;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int position;

    protected MatrixOption() {
        // for JPA
    }

    MatrixOption(DecisionMatrix matrix, String name, int position) {
        this.matrix = matrix;
        this.name = name;
        this.position = position;
    }

    void rename(String newName) {
        name = newName;
    }

    public Long getId() {
        return id;
    }

    public DecisionMatrix getMatrix() {
        return matrix;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
