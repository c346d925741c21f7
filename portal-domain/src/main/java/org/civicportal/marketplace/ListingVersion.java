package org.civicportal.marketplace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.FormText;
import org.civicportal.shared.servicearea.ServiceArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One version of a listing's text. It changes only while the provider writes it (a draft, or sent
 * back by a moderator); after that it is a record of what was moderated and shown. Its collections
 * are batch-read, so a page of listings reads each in one query whatever the number of rows.
 */
@Entity
@Table(name = "provider_listing_version")
public class ListingVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id", nullable = false)
    private Listing listing;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListingVersionState state = ListingVersionState.DRAFT;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 600)
    private String summary;

    /** Sanitised with the library's rich-text policy when saved. */
    @Lob
    @Column(name = "description_html", nullable = false)
    private String descriptionHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_model", nullable = false, length = 30)
    private PriceModel priceModel;

    @Column(name = "price_note", length = 300)
    private String priceNote;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "provider_listing_service_area", joinColumns = @JoinColumn(name = "version_id"),
            inverseJoinColumns = @JoinColumn(name = "service_area_id"))
    @OrderBy("position")
    private List<ServiceArea> serviceAreas = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "provider_listing_partnership", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "partner_type", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<PartnerType> partnershipKinds = new TreeSet<>();

    /** Regions served, as {@code US-OR} or {@code US} (see {@link ListingRegions}). */
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "provider_listing_region", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "region", length = 10)
    private Set<String> regions = new TreeSet<>();

    /** Public case studies of the library, by item id, in the provider's order. */
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "provider_listing_case_study", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_id")
    private List<Long> caseStudyIds = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "provider_listing_version_document", joinColumns = @JoinColumn(name = "version_id"),
            inverseJoinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<ListingDocument> documents = new ArrayList<>();

    @Column(name = "written_by", nullable = false)
    private long writtenBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Why a moderator sent it back, as told to the provider. */
    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Version
    private int version;

    protected ListingVersion() {
        // for JPA
    }

    ListingVersion(Listing listing, int number, long writtenBy, Instant now) {
        this.listing = listing;
        this.number = number;
        this.writtenBy = writtenBy;
        this.createdAt = now;
        this.savedAt = now;
    }

    /** A new draft of the same listing with this version's text and documents. */
    ListingVersion copyAsDraft(int newNumber, long writer, Instant now) {
        ListingVersion copy = new ListingVersion(listing, newNumber, writer, now);
        copy.title = title;
        copy.summary = summary;
        copy.descriptionHtml = descriptionHtml;
        copy.priceModel = priceModel;
        copy.priceNote = priceNote;
        copy.serviceAreas = new ArrayList<>(serviceAreas);
        copy.partnershipKinds = new TreeSet<>(partnershipKinds);
        copy.regions = new TreeSet<>(regions);
        copy.caseStudyIds = new ArrayList<>(caseStudyIds);
        copy.documents = new ArrayList<>(documents);
        return copy;
    }

    /** Writes a checked form into this draft. */
    void write(ListingForm form, String safeDescription, List<ServiceArea> areas, Set<String> checkedRegions,
               List<Long> caseStudies, long writer, Instant now) {
        title = form.getTitle();
        summary = form.getSummary();
        descriptionHtml = safeDescription;
        priceModel = form.getPriceModel();
        priceNote = FormText.orNull(form.getPriceNote());
        serviceAreas = new ArrayList<>(areas);
        partnershipKinds = form.getPartnershipKinds().isEmpty() ? new TreeSet<>() : new TreeSet<>(EnumSet.copyOf(form.getPartnershipKinds()));
        regions = new TreeSet<>(checkedRegions);
        caseStudyIds = new ArrayList<>(caseStudies);
        writtenBy = writer;
        savedAt = now;
    }

    void addDocument(ListingDocument document) {
        documents.add(document);
    }

    void removeDocument(long documentId) {
        documents.removeIf(d -> d.getId() == documentId);
    }

    void submit(Instant now) {
        state = ListingVersionState.WAITING;
        submittedAt = now;
    }

    void sendBack(String reason, long moderator, Instant now) {
        state = ListingVersionState.SENT_BACK;
        reviewComment = reason;
        decidedBy = moderator;
        decidedAt = now;
    }

    void approve(long moderator, Instant now) {
        state = ListingVersionState.LIVE;
        decidedBy = moderator;
        decidedAt = now;
    }

    void supersede() {
        state = ListingVersionState.SUPERSEDED;
    }

    /**
     * Every field as label → text, in the order providers write them: what a moderator compares.
     *
     * @param caseStudyTitles the titles of related case studies by item id (an id missing is shown as a number)
     */
    public Map<String, String> fields(Map<Long, String> caseStudyTitles) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", title);
        fields.put("Summary", summary);
        fields.put("Service areas", getServiceAreaNames());
        fields.put("Partnership kinds", getPartnershipNames());
        fields.put("Regions served", getRegionNames());
        fields.put("Price", priceModel.getLabel() + (priceNote == null ? "" : " (" + priceNote + ")"));
        fields.put("Related case studies", caseStudyIds.stream()
                .map(id -> caseStudyTitles.getOrDefault(id, "#" + id)).collect(Collectors.joining(", ")));
        fields.put("Documents", documents.stream().map(ListingDocument::getFileName).collect(Collectors.joining(", ")));
        fields.put("Description", descriptionHtml);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public Listing getListing() {
        return listing;
    }

    public int getNumber() {
        return number;
    }

    public ListingVersionState getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public PriceModel getPriceModel() {
        return priceModel;
    }

    public String getPriceNote() {
        return priceNote;
    }

    public List<ServiceArea> getServiceAreas() {
        return serviceAreas;
    }

    public Set<PartnerType> getPartnershipKinds() {
        return partnershipKinds;
    }

    public Set<String> getRegions() {
        return regions;
    }

    /** The service areas in words: "Fleet maintenance, Water". */
    public String getServiceAreaNames() {
        return serviceAreas.stream().map(ServiceArea::getName).collect(Collectors.joining(", "));
    }

    /** The partnership kinds in words: "Another government, A company". */
    public String getPartnershipNames() {
        return partnershipKinds.stream().map(PartnerType::getLabel).collect(Collectors.joining(", "));
    }

    /** The regions in words: "Oregon, Washington". */
    public String getRegionNames() {
        return regions.stream().map(RegionCodes::labelOf).collect(Collectors.joining(", "));
    }

    public List<Long> getCaseStudyIds() {
        return caseStudyIds;
    }

    public List<ListingDocument> getDocuments() {
        return documents;
    }

    public long getWrittenBy() {
        return writtenBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public int getVersion() {
        return version;
    }
}
