package org.civicportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * One resource of the library, as its address names it: {@code /library/case-studies/{slug}}. What
 * it says lives in its revisions; visitors read the live one, editors work on the open one.
 */
@Entity
@Table(name = "library_item")
@NamedQuery(name = LibraryItem.BY_SLUG,
        query = "SELECT i FROM LibraryItem i LEFT JOIN FETCH i.liveRevision WHERE i.kind = :kind AND i.slug = :slug")
public class LibraryItem implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BY_SLUG = "LibraryItem.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ResourceKind kind;

    @Column(nullable = false, length = 80)
    private String slug;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "live_revision_id")
    private Revision liveRevision;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "open_revision_id")
    private Revision openRevision;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the item first went live: the date the library shows and sorts by. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** When what visitors see last changed: the pages' Last-Modified. */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected LibraryItem() {
        // for JPA
    }

    LibraryItem(ResourceKind kind, String slug, long createdBy, Instant now) {
        this.kind = kind;
        this.slug = slug;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** Makes the revision the one visitors read; the one it replaces becomes an earlier version. */
    void goLive(Revision revision, Instant now) {
        if (liveRevision != null) {
            liveRevision.supersede();
        }
        liveRevision = revision;
        if (openRevision == revision) {
            openRevision = null;
        }
        if (publishedAt == null) {
            publishedAt = now;
        }
        changedAt = now;
    }

    void open(Revision revision) {
        openRevision = revision;
    }

    void archive(Instant now) {
        archived = true;
        changedAt = now;
    }

    void restoreFromArchive(Instant now) {
        archived = false;
        changedAt = now;
    }

    void rename(String newSlug) {
        slug = newSlug;
    }

    /** True if visitors can read it: it has a live revision and is not archived. */
    public boolean isPublic() {
        return liveRevision != null && !archived;
    }

    public Long getId() {
        return id;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getSlug() {
        return slug;
    }

    /** The address of its public page, relative to the portal: {@code library/case-studies/slug}. */
    public String getPath() {
        return "library/" + kind.getPathSegment() + "/" + slug;
    }

    public Revision getLiveRevision() {
        return liveRevision;
    }

    public Revision getOpenRevision() {
        return openRevision;
    }

    public boolean isArchived() {
        return archived;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public int getVersion() {
        return version;
    }
}
