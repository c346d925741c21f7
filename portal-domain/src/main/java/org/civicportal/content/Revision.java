package org.civicportal.content;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicportal.shared.servicearea.ServiceArea;

/**
 * One version of an item's text. The fields every kind has are here; each kind adds its own in a
 * table of its own ({@link CaseStudy}, …). A revision changes only while it is a draft; after that
 * it is a record of what was reviewed and published.
 */
@Entity
@Table(name = "library_revision")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind", length = 30)
public abstract class Revision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private LibraryItem item;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RevisionState state = RevisionState.DRAFT;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Access access = Access.PUBLIC;

    @BatchFetch(BatchFetchType.IN) // a list of revisions reads this in one query, not one per row
    @ManyToMany
    @JoinTable(name = "library_revision_service_area",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "service_area_id"))
    @OrderBy("position")
    private List<ServiceArea> serviceAreas = new ArrayList<>();

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The number of the revision this one was restored from, if it was. */
    @Column(name = "restored_from")
    private Integer restoredFrom;

    @Version
    private int version;

    protected Revision() {
        // for JPA
    }

    protected Revision(LibraryItem item, int number, long authorId, Instant now) {
        this.item = item;
        this.number = number;
        this.authorId = authorId;
        this.createdAt = now;
        this.savedAt = now;
    }

    /** A new draft with this revision's text, for the same item. */
    abstract Revision copyAsDraft(int newNumber, long authorId, Instant now);

    /**
     * True if its page shows other content (items, events, a matrix) that changes without this
     * revision changing: such a page is drawn each time, never answered "not modified" from its own version.
     */
    public boolean showsOtherContent() {
        return false;
    }

    /** The kind's own fields, as label → value lines, for the side-by-side comparison. */
    protected abstract void addOwnFields(Map<String, String> fields);

    /** Every field as label → value, in the order editors see them: what a comparison compares. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", title);
        fields.put("Summary", summary);
        fields.put("Who may read it", access.getLabel());
        fields.put("Service areas", serviceAreas.stream().map(ServiceArea::getName).collect(Collectors.joining(", ")));
        addOwnFields(fields);
        fields.put("Text", bodyHtml);
        return fields;
    }

    /** Gives a new draft of the same item this revision's common fields; the kind copies its own. */
    void copyCommonTo(Revision copy) {
        copy.title = title;
        copy.summary = summary;
        copy.bodyHtml = bodyHtml;
        copy.access = access;
        copy.serviceAreas = new ArrayList<>(serviceAreas);
    }

    void writeCommon(String title, String summary, String bodyHtml, Access access, List<ServiceArea> serviceAreas,
                     long editorId, Instant now) {
        this.title = title;
        this.summary = summary;
        this.bodyHtml = bodyHtml;
        this.access = access;
        this.serviceAreas = new ArrayList<>(serviceAreas);
        this.authorId = editorId;
        this.savedAt = now;
    }

    void submit(long editorId, Instant now) {
        state = RevisionState.IN_REVIEW;
        submittedBy = editorId;
        submittedAt = now;
        reviewComment = null;
    }

    void sendBack(long reviewerId, String comment) {
        state = RevisionState.DRAFT;
        reviewedBy = reviewerId;
        reviewComment = comment;
    }

    void approve(long reviewerId, Instant publishAt) {
        state = RevisionState.APPROVED;
        reviewedBy = reviewerId;
        this.publishAt = publishAt;
    }

    void publish(Instant now) {
        state = RevisionState.PUBLISHED;
        publishedAt = now;
    }

    void supersede() {
        state = RevisionState.SUPERSEDED;
    }

    void markRestoredFrom(int number) {
        restoredFrom = number;
    }

    public Long getId() {
        return id;
    }

    public LibraryItem getItem() {
        return item;
    }

    public int getNumber() {
        return number;
    }

    public RevisionState getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Access getAccess() {
        return access;
    }

    public boolean isMembersOnly() {
        return access == Access.MEMBERS;
    }

    public List<ServiceArea> getServiceAreas() {
        return serviceAreas;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    public int getVersion() {
        return version;
    }
}
