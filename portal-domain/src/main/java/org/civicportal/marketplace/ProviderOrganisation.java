package org.civicportal.marketplace;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.civicportal.content.PartnerType;
import org.civicportal.shared.servicearea.ServiceArea;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An organisation that offers local governments technical assistance: a firm, a nonprofit, a
 * university centre or a government body. It applies, an administrator vets it against the
 * checklist and approves or declines it (with a reason); an approved provider may be suspended.
 * Its people are {@link ProviderUser}s.
 */
@Entity
@Table(name = "provider_organisation")
public class ProviderOrganisation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The last part of its public address, {@code /providers/{slug}}. */
    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", nullable = false, length = 30)
    private OrganisationType type;

    @Column(length = 500)
    private String website;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "head_office", nullable = false, length = 300)
    private String headOffice;

    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 50)
    private String contactPhone;

    @Column(length = 4000)
    private String credentials;

    @BatchFetch(BatchFetchType.IN) // a list of providers reads this in one query, not one per row
    @ManyToMany
    @JoinTable(name = "provider_service_area", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "service_area_id"))
    private List<ServiceArea> serviceAreas = new ArrayList<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "provider_partnership", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "partner_type", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<PartnerType> partnershipKinds = new TreeSet<>();

    /** Regions served as {@code US-OR} (a state or province) or {@code US} (the whole country). */
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "provider_region", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "region", length = 10)
    private Set<String> regions = new TreeSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "provider_reference", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<ProviderReference> references = new ArrayList<>();

    /** The checklist items an administrator ticked when vetting it. */
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "provider_vetting_check", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "check_code", length = 40)
    @Enumerated(EnumType.STRING)
    private Set<VettingCheck> checksPassed = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProviderStatus status = ProviderStatus.APPLIED;

    /** Why it was declined or suspended, as told to the organisation. */
    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "applied_by", nullable = false)
    private long appliedBy;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private int version;

    protected ProviderOrganisation() {
        // for JPA
    }

    /** An application, by the person who will be the organisation's first user. */
    public ProviderOrganisation(String slug, String name, OrganisationType type, long appliedBy, Instant now) {
        this.slug = slug;
        this.name = name;
        this.type = type;
        this.appliedBy = appliedBy;
        this.appliedAt = now;
    }

    /**
     * Writes what the organisation says about itself, from a form the service has checked: at its
     * application, and on each edit of its profile. The address (slug) stays as it was made.
     */
    void describe(OrganisationForm form, List<ServiceArea> areas, Set<String> regionCodes, List<ProviderReference> givenReferences) {
        name = form.getName();
        type = form.getType();
        website = form.getWebsite();
        description = form.getDescription();
        headOffice = form.getHeadOffice();
        contactName = form.getContactName();
        contactEmail = form.getContactEmail();
        contactPhone = form.getContactPhone();
        credentials = form.getCredentials();
        setServiceAreas(areas);
        setPartnershipKinds(form.getPartnershipKinds());
        setRegions(regionCodes);
        setReferences(givenReferences);
    }

    /** Approves it, recording what was checked. The caller has made sure every check passed. */
    void approve(Set<VettingCheck> checked, long administratorId, Instant now) {
        checksPassed = checked.isEmpty() ? new TreeSet<>() : new TreeSet<>(EnumSet.copyOf(checked));
        decide(ProviderStatus.APPROVED, null, administratorId, now);
    }

    void decline(String reason, long administratorId, Instant now) {
        decide(ProviderStatus.DECLINED, reason, administratorId, now);
    }

    void suspend(String reason, long administratorId, Instant now) {
        decide(ProviderStatus.SUSPENDED, reason, administratorId, now);
    }

    void reinstate(long administratorId, Instant now) {
        decide(ProviderStatus.APPROVED, null, administratorId, now);
    }

    private void decide(ProviderStatus newStatus, String reason, long administratorId, Instant now) {
        status = newStatus;
        statusReason = reason;
        decidedBy = administratorId;
        decidedAt = now;
    }

    /** True while it is vetted and not suspended: only then is it listed and may it be asked. */
    public boolean isActive() {
        return status == ProviderStatus.APPROVED;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public OrganisationType getType() {
        return type;
    }

    void setType(OrganisationType type) {
        this.type = type;
    }

    public String getWebsite() {
        return website;
    }

    void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public String getHeadOffice() {
        return headOffice;
    }

    void setHeadOffice(String headOffice) {
        this.headOffice = headOffice;
    }

    public String getContactName() {
        return contactName;
    }

    void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getCredentials() {
        return credentials;
    }

    void setCredentials(String credentials) {
        this.credentials = credentials;
    }

    public List<ServiceArea> getServiceAreas() {
        return serviceAreas;
    }

    void setServiceAreas(List<ServiceArea> serviceAreas) {
        this.serviceAreas = new ArrayList<>(serviceAreas);
    }

    public Set<PartnerType> getPartnershipKinds() {
        return partnershipKinds;
    }

    void setPartnershipKinds(Set<PartnerType> kinds) {
        this.partnershipKinds = kinds.isEmpty() ? new TreeSet<>() : new TreeSet<>(EnumSet.copyOf(kinds));
    }

    public Set<String> getRegions() {
        return regions;
    }

    void setRegions(Set<String> regions) {
        this.regions = new TreeSet<>(regions);
    }

    public List<ProviderReference> getReferences() {
        return references;
    }

    void setReferences(List<ProviderReference> references) {
        this.references = new ArrayList<>(references);
    }

    public Set<VettingCheck> getChecksPassed() {
        return checksPassed;
    }

    public ProviderStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public long getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public int getVersion() {
        return version;
    }
}
