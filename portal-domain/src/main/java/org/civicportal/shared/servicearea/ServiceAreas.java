package org.civicportal.shared.servicearea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The taxonomy as the rest of the portal reads it: in order, each area followed by its services,
 * in one query. No login needed: it is public reference data.
 */
@ApplicationScoped
public class ServiceAreas {

    @PersistenceContext
    EntityManager em;

    /** Every entry, active or not: each area, then its services. */
    public List<ServiceArea> all() {
        return em.createNamedQuery(ServiceArea.ALL, ServiceArea.class).getResultList();
    }

    /** The entries people can choose for something new: active services under active areas, and the areas themselves. */
    public List<ServiceArea> choosable() {
        return all().stream().filter(s -> s.isActive() && (s.isArea() || s.getParent().isActive())).toList();
    }

    public Optional<ServiceArea> find(long id) {
        return Optional.ofNullable(em.find(ServiceArea.class, id));
    }
}
