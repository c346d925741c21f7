package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A criterion every new matrix starts with, and its starting weight. */
@Entity
@Table(name = "default_criterion")
@NamedQuery(name = DefaultCriterion.ALL, query = "SELECT c FROM DefaultCriterion c ORDER BY c.position")
public class DefaultCriterion implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALL = "DefaultCriterion.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private int position;

    protected DefaultCriterion() {
        // for JPA
    }

    DefaultCriterion(String name, String description, int weight, int position) {
        this.position = position;
        change(name, description, weight);
    }

    void change(String newName, String newDescription, int newWeight) {
        name = newName;
        description = newDescription;
        weight = newWeight;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
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
}
