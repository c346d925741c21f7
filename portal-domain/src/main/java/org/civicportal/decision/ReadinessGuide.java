package org.civicportal.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The fourteen readiness characteristics as the research names and explains them, for anyone:
 * the tool's public page shows what a member will be asked to grade. Read only, no login needed.
 */
@ApplicationScoped
public class ReadinessGuide {

    @PersistenceContext
    EntityManager em;

    /** Every characteristic with its current name and question, in the research's order (one query). */
    public List<ReadinessCharacteristic> characteristics() {
        return em.createNamedQuery(ReadinessCharacteristic.ALL, ReadinessCharacteristic.class).getResultList();
    }
}
