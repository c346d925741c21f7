package org.civicportal.shared.servicearea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.eclipse.persistence.config.QueryHints;

/**
 * An area of local-government services (public works) or a service within one (fleet
 * maintenance): two levels, as the association files its work.
 */
@Entity
@Table(name = "service_area")
// the parents are read in the same statement: without it, each service's lazy parent was read
// again by its id, one statement per area, on every page that offers the taxonomy
@NamedQuery(name = ServiceArea.ALL, query = "SELECT s FROM ServiceArea s LEFT JOIN s.parent p"
        + " ORDER BY COALESCE(p.position, s.position), COALESCE(p.id, s.id), CASE WHEN p.id IS NULL THEN 0 ELSE 1 END, s.position",
        hints = @QueryHint(name = QueryHints.LEFT_FETCH, value = "s.parent"))
@NamedQuery(name = ServiceArea.SIBLING_NAMED, query = "SELECT COUNT(s) FROM ServiceArea s WHERE LOWER(s.name) = :name"
        + " AND ((:parentId IS NULL AND s.parent IS NULL) OR s.parent.id = :parentId) AND s.id <> :id")
@NamedQuery(name = ServiceArea.LAST_POSITION, query = "SELECT COALESCE(MAX(s.position), 0) FROM ServiceArea s"
        + " WHERE (:parentId IS NULL AND s.parent IS NULL) OR s.parent.id = :parentId")
public class ServiceArea implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALL = "ServiceArea.all";
    static final String SIBLING_NAMED = "ServiceArea.siblingNamed";
    static final String LAST_POSITION = "ServiceArea.lastPosition";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ServiceArea parent;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected ServiceArea() {
        // for JPA
    }

    ServiceArea(ServiceArea parent, String name, int position) {
        this.parent = parent;
        this.name = name;
        this.position = position;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** True for an area, false for a service within an area. */
    public boolean isArea() {
        return parent == null;
    }

    /** E.g. "Public works › Fleet maintenance", or just "Public works". */
    public String getPath() {
        return parent == null ? name : parent.getName() + " \u203a " + name;
    }

    public Long getId() {
        return id;
    }

    public ServiceArea getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
