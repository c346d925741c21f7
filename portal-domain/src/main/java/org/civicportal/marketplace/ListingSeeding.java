package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Published listings for the demonstration (and for tests that need many): written, sent and
 * approved in one step by the organisation's first user, through the same worker steps the pages
 * use, so every rule of a listing holds for them too. Not reachable from any page.
 */
@ApplicationScoped
@Transactional
public class ListingSeeding {

    @PersistenceContext
    EntityManager em;

    @Inject
    ListingWriting writing;

    @Inject
    ListingModerating moderating;

    /** An organisation by its address, whatever its status. */
    public Optional<ProviderOrganisation> organisation(String slug) {
        return em.createQuery("SELECT o FROM ProviderOrganisation o WHERE o.slug = :slug", ProviderOrganisation.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    /** Whether the organisation has any listing yet. */
    public boolean hasListings(ProviderOrganisation organisation) {
        return !em.createQuery("SELECT l.id FROM Listing l WHERE l.organisation = :organisation", Long.class)
                .setParameter("organisation", organisation).setMaxResults(1).getResultList().isEmpty();
    }

    /** Writes and publishes a listing of the organisation (which must be approved); returns it. */
    public Listing publish(ProviderOrganisation organisation, ListingForm form) {
        long writer = organisation.getAppliedBy();
        ProviderOrganisation managed = em.merge(organisation);
        Listing listing = writing.create(managed, form, writer);
        ListingVersion pending = listing.getPendingVersion();
        em.flush();
        writing.submit(managed, listing.getId(), pending.getId(), pending.getVersion());
        em.flush();
        moderating.approve(listing.getId(), pending.getId(), pending.getVersion(), writer);
        return listing;
    }

    /** Writes a change of a published listing and sends it for moderation: the live version stays. */
    public ListingVersion proposeChange(Listing listing, ListingForm form) {
        Listing managed = em.find(Listing.class, listing.getId());
        ProviderOrganisation organisation = managed.getOrganisation();
        long writer = organisation.getAppliedBy();
        ListingVersion live = managed.getLiveVersion();
        ListingVersion draft = writing.save(organisation, managed.getId(), form, live.getId(), live.getVersion(), writer);
        em.flush();
        return writing.submit(organisation, managed.getId(), draft.getId(), draft.getVersion());
    }
}
