package org.civicportal.shared.servicearea;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.civicportal.account.Role;
import org.civicportal.shared.InvalidInputException;

/**
 * Administrators keep the taxonomy: add areas and services, rename them, retire and restore them.
 * Nothing is deleted, since matrices, case studies and providers may be tagged with an entry.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ServiceAreaAdministration {

    /** Names are short labels. */
    static final int MAX_NAME = 100;

    @PersistenceContext
    EntityManager em;

    /**
     * Adds a service under an area, or a new area when {@code areaId} is null, at the end.
     *
     * @throws InvalidInputException for an empty, too long or duplicate name, or an unknown area
     */
    public ServiceArea add(Long areaId, String name) {
        ServiceArea parent = null;
        if (areaId != null) {
            parent = em.find(ServiceArea.class, areaId);
            if (parent == null || !parent.isArea()) {
                throw new InvalidInputException("area", "Choose an area from the list.");
            }
        }
        String clean = checkedName(name, areaId, -1L);
        int position = em.createNamedQuery(ServiceArea.LAST_POSITION, Integer.class)
                .setParameter("parentId", areaId).getSingleResult() + 1;
        ServiceArea entry = new ServiceArea(parent, clean, position);
        em.persist(entry);
        return entry;
    }

    /** @throws InvalidInputException for an empty, too long or duplicate name */
    public ServiceArea rename(long id, String name) {
        ServiceArea entry = existing(id);
        entry.rename(checkedName(name, entry.isArea() ? null : entry.getParent().getId(), id));
        return entry;
    }

    /** Retires or restores an entry; a retired area hides its services from new choices too. */
    public ServiceArea setActive(long id, boolean active) {
        ServiceArea entry = existing(id);
        entry.setActive(active);
        return entry;
    }

    private ServiceArea existing(long id) {
        ServiceArea entry = em.find(ServiceArea.class, id);
        if (entry == null) {
            throw new InvalidInputException("name", "This entry no longer exists.");
        }
        return entry;
    }

    private String checkedName(String name, Long parentId, long id) {
        if (name != null && name.length() > MAX_NAME * 4) {
            // far too long whatever its spaces: refused before any pattern reads it
            throw new InvalidInputException("name", "Use at most " + MAX_NAME + " characters.");
        }
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidInputException("name", "Enter a name.");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("name", "Use at most " + MAX_NAME + " characters.");
        }
        long same = em.createNamedQuery(ServiceArea.SIBLING_NAMED, Long.class)
                .setParameter("name", clean.toLowerCase(Locale.ROOT))
                .setParameter("parentId", parentId)
                .setParameter("id", id)
                .getSingleResult();
        if (same > 0) {
            throw new InvalidInputException("name", "\u201c" + clean + "\u201d is already there.");
        }
        return clean;
    }
}
