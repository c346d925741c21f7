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
import jakarta.persistence.Version;
import java.io.Serializable;

/** What the options are judged on, and how much it counts (its weight, 0 to 100). */
@Entity
@Table(name = "matrix_criterion")
public class MatrixCriterion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matrix_id", nullable = false)
    private DecisionMatrix matrix;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private int position;

    @Version
    private int version;

    protected MatrixCriterion() {
        // for JPA
    }

    MatrixCriterion(DecisionMatrix matrix, String name, String description, int weight, int position) {
        this.matrix = matrix;
        this.name = name;
        this.description = description;
        this.weight = weight;
        this.position = position;
    }

    void weigh(int newWeight) {
        weight = newWeight;
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

    public String getDescription() {
        return description;
    }

    public int getWeight() {
        return weight;
    }

    public int getPosition() {
        return position;
    }

    /** Grows with every change of the weight: a stale page cannot overwrite a newer weight. */
    public int getVersion() {
        return version;
    }
}
