package org.civicportal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds categories and the dues schedule in force. */
@ApplicationScoped
public class DuesSchedules {

    @PersistenceContext
    EntityManager em;

    /** The schedule in force on the day: the latest one that started by then and has not ended. */
    public Optional<DuesSchedule> inForceOn(LocalDate day) {
        return em.createNamedQuery(DuesSchedule.IN_FORCE, DuesSchedule.class)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Every category, in the order members see them. */
    public List<MembershipCategory> categories() {
        return em.createNamedQuery(MembershipCategory.ALL, MembershipCategory.class).getResultList();
    }

    public Optional<MembershipCategory> category(String code) {
        return em.createNamedQuery(MembershipCategory.BY_CODE, MembershipCategory.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
