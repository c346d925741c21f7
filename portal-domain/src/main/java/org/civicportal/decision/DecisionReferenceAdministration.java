package org.civicportal.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.account.Role;
import org.civicportal.shared.InvalidInputException;

/**
 * Administrators keep the matrix tool's reference data: the wording of the fourteen
 * characteristics and of what each grade means, and the criteria (with weights) new matrices
 * start with. Existing matrices keep their own criteria.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DecisionReferenceAdministration {

    @PersistenceContext
    EntityManager em;

    public List<ReadinessCharacteristic> characteristics() {
        return em.createNamedQuery(ReadinessCharacteristic.ALL, ReadinessCharacteristic.class).getResultList();
    }

    public List<DefaultCriterion> defaultCriteria() {
        return em.createNamedQuery(DefaultCriterion.ALL, DefaultCriterion.class).getResultList();
    }

    /** @throws InvalidInputException naming each empty or too long text */
    public ReadinessCharacteristic describe(Characteristic code, String name, String question, String grade1, String grade2,
                                            String grade3) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = required(name, "name", 100, problems);
        String cleanQuestion = required(question, "question", 500, problems);
        String one = required(grade1, "grade1", 500, problems);
        String two = required(grade2, "grade2", 500, problems);
        String three = required(grade3, "grade3", 500, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReadinessCharacteristic characteristic = em.find(ReadinessCharacteristic.class, code);
        characteristic.describe(cleanName, cleanQuestion, one, two, three);
        return characteristic;
    }

    /** Adds a default criterion at the end, or changes one ({@code id} not null). */
    public DefaultCriterion saveDefaultCriterion(Long id, String name, String description, Integer weight) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = required(name, "criterionName", 100, problems);
        String cleanDescription = required(description, "criterionDescription", 500, problems);
        if (weight == null || weight < 0 || weight > Sensitivity.MAX_WEIGHT) {
            problems.put("criterionWeight", "Enter a weight from 0 to " + Sensitivity.MAX_WEIGHT + ".");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (id == null) {
            if (defaultCriteria().size() >= MatrixLimits.MAX_CRITERIA) {
                throw new InvalidInputException("criterionName", "New matrices can start with at most " + MatrixLimits.MAX_CRITERIA
                        + " criteria. Remove one before adding another.");
            }
            int last = defaultCriteria().stream().mapToInt(DefaultCriterion::getPosition).max().orElse(0);
            DefaultCriterion added = new DefaultCriterion(cleanName, cleanDescription, weight, last + 1);
            em.persist(added);
            return added;
        }
        DefaultCriterion criterion = em.find(DefaultCriterion.class, id);
        if (criterion == null) {
            throw new InvalidInputException("criterionName", "This criterion no longer exists.");
        }
        criterion.change(cleanName, cleanDescription, weight);
        return criterion;
    }

    /** New matrices will no longer start with it. */
    public void removeDefaultCriterion(long id) {
        DefaultCriterion criterion = em.find(DefaultCriterion.class, id);
        if (criterion != null) {
            em.remove(criterion);
        }
    }

    private static String required(String value, String field, int max, Map<String, String> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            problems.put(field, "This cannot be empty.");
        } else if (clean.length() > max) {
            problems.put(field, "Use at most " + max + " characters.");
        }
        return clean;
    }
}
