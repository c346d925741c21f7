package org.civicportal.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One offering of a provider, as its address names it: {@code /providers/{provider}/{slug}}. What
 * it says lives in its {@link ListingVersion}s: the directory shows the live one, the provider works
 * on the pending one, which replaces the live one only when a moderator approves it. A listing runs
 * for a term; when the term ends it leaves the directory but is kept, and may be renewed.
 */
@Entity
@Table(name = "provider_listing")
public class Listing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private ProviderOrganisation organisation;

    @Column(nullable = false, length = 80)
    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListingStatus status = ListingStatus.NEW;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "live_version_id")
    private ListingVersion liveVersion;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pending_version_id")
    private ListingVersion pendingVersion;

    /** The last day it is listed, in the association's calendar; null until first approved. */
    @Column(name = "term_ends_on")
    private LocalDate termEndsOn;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When it was first approved. */
    @Column(name = "published_at")
    private Instant publishedAt;

    /** When what visitors see last changed. */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected Listing() {
        // for JPA
    }

    Listing(ProviderOrganisation organisation, String slug, long createdBy, Instant now) {
        this.organisation = organisation;
        this.slug = slug;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.changedAt = now;
    }

    void openPending(ListingVersion pending) {
        this.pendingVersion = pending;
    }

    /**
     * Makes the pending version live: the one it replaces becomes an earlier version. A first
     * approval (or one after expiry) starts a term ending on {@code termEnd}.
     */
    void approvePending(LocalDate newTermEnd, Instant now) {
        if (liveVersion != null) {
            liveVersion.supersede();
        }
        liveVersion = pendingVersion;
        pendingVersion = null;
        if (status != ListingStatus.LIVE) {
            termEndsOn = newTermEnd;
            status = ListingStatus.LIVE;
        }
        if (publishedAt == null) {
            publishedAt = now;
        }
        changedAt = now;
    }

    void renew(LocalDate newTermEnd, Instant now) {
        termEndsOn = newTermEnd;
        status = ListingStatus.LIVE;
        changedAt = now;
    }

    void expire(Instant now) {
        status = ListingStatus.EXPIRED;
        changedAt = now;
    }

    /** True if the directory shows it on that day: live, within its term, its provider approved. */
    public boolean isListedOn(LocalDate day) {
        return status == ListingStatus.LIVE && liveVersion != null && termEndsOn != null && !day.isAfter(termEndsOn)
                && organisation.isActive();
    }

    public Long getId() {
        return id;
    }

    public ProviderOrganisation getOrganisation() {
        return organisation;
    }

    public String getSlug() {
        return slug;
    }

    /** Its public address, relative to the portal: {@code providers/acme/water-audits}. */
    public String getPath() {
        return "providers/" + organisation.getSlug() + "/" + slug;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public ListingVersion getLiveVersion() {
        return liveVersion;
    }

    public ListingVersion getPendingVersion() {
        return pendingVersion;
    }

    /** What the provider sees first: the pending version if there is one, else the live one. */
    public ListingVersion getLatestVersion() {
        return pendingVersion != null ? pendingVersion : liveVersion;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
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
