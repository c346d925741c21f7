package org.civicportal.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Role;
import org.civicportal.content.LibraryItem;
import org.civicportal.content.LibraryReading;
import org.civicportal.shared.Caller;

/**
 * The providers' door to their listings: the PROVIDER role only, and every call acts for the
 * organisation the caller belongs to, read from {@link ProviderUser} by the caller's account, never
 * from the request. A listing id of another organisation answers exactly as one that does not exist.
 * The work is {@link ListingWriting}'s.
 */
@Stateless
@RolesAllowed(Role.Names.PROVIDER)
public class ListingService {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    Listings listings;

    @Inject
    ListingWriting writing;

    @Inject
    LibraryReading library;

    /** The caller's organisation, if the account acts for one. */
    public Optional<ProviderOrganisation> organisation() {
        return listings.organisationOf(caller());
    }

    /** The listings of the caller's organisation, with their live and pending versions, newest first. */
    public List<Listing> myListings() {
        return organisation().map(organisation -> em.createQuery("SELECT l FROM Listing l LEFT JOIN FETCH l.liveVersion"
                        + " LEFT JOIN FETCH l.pendingVersion WHERE l.organisation = :organisation ORDER BY l.createdAt DESC, l.id DESC",
                        Listing.class).setParameter("organisation", organisation).getResultList())
                .orElse(List.of());
    }

    /** One listing of the caller's organisation; empty for another's, as for one that does not exist. */
    public Optional<Listing> listing(long listingId) {
        Optional<ProviderOrganisation> mine = organisation();
        Listing listing = em.find(Listing.class, listingId);
        if (mine.isEmpty() || listing == null || !listing.getOrganisation().getId().equals(mine.get().getId())) {
            return Optional.empty();
        }
        return Optional.of(listing);
    }

    /** Every version of one of the caller's listings, newest first (none for another's). */
    public List<ListingVersion> versions(long listingId) {
        return listing(listingId).map(listings::versions).orElse(List.of());
    }

    /** A document of one of the caller's listings, for the provider to check what it uploaded. */
    public Optional<ListingDocument> document(long documentId) {
        ListingDocument document = em.find(ListingDocument.class, documentId);
        return document == null || listing(document.getListing().getId()).isEmpty() ? Optional.empty() : Optional.of(document);
    }

    /** The library's public case studies a listing may name, newest first. */
    public List<LibraryItem> caseStudyChoices() {
        return library.newest(500).stream().filter(i -> i.getKind() == org.civicportal.content.ResourceKind.CASE_STUDY).toList();
    }

    /** Starts a listing of the caller's organisation (a draft, not yet sent for moderation). */
    public Listing create(ListingForm form) {
        return writing.create(listings.requireOrganisation(caller()), form, caller());
    }

    /** Saves a change; a live listing stays as it is in the directory until a moderator approves it. */
    public ListingVersion save(long listingId, ListingForm form, long seenVersionId, int seenVersion) {
        return writing.save(listings.requireOrganisation(caller()), listingId, form, seenVersionId, seenVersion, caller());
    }

    /** Sends the pending version for moderation. */
    public ListingVersion submit(long listingId, long seenVersionId, int seenVersion) {
        return writing.submit(listings.requireOrganisation(caller()), listingId, seenVersionId, seenVersion);
    }

    /** Withdraws the pending change of a published listing; the published version stays. */
    public void withdrawChange(long listingId, long seenVersionId, int seenVersion) {
        writing.withdrawChange(listings.requireOrganisation(caller()), listingId, seenVersionId, seenVersion);
    }

    /** Attaches a PDF or office document to the pending version. */
    public ListingDocument attach(long listingId, String fileName, byte[] content) {
        return writing.attach(listings.requireOrganisation(caller()), listingId, fileName, content, caller());
    }

    public ListingVersion removeDocument(long listingId, long documentId) {
        return writing.removeDocument(listings.requireOrganisation(caller()), listingId, documentId, caller());
    }

    /** Renews the listing's term for twelve months (in its last 30 days, or after it ended). */
    public Listing renew(long listingId) {
        return writing.renew(listings.requireOrganisation(caller()), listingId);
    }

    private long caller() {
        return Caller.accountId(context);
    }
}
