package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.civicportal.content.LibraryItem;
import org.civicportal.content.LibraryReading;
import org.civicportal.content.RevisionComparison;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.InvalidInputException;

/**
 * Moderation of listings: the queue of changes waiting, a change beside what is live, approval
 * (a first approval starts the listing's term) and sending back with a reason, which is mailed to
 * the provider. Each decision locks the listing's row and checks that the change is still the one
 * the moderator saw, so of two moderators deciding one change the second is told, and nothing is
 * decided twice. Who may call is {@link ListingModeration}'s to say.
 */
@ApplicationScoped
@Transactional
public class ListingModerating {

    /** The longest reason for sending a change back. */
    public static final int MAX_REASON_LENGTH = 2000;

    /** What the second of two moderators is told. */
    static final String DECIDED_MEANWHILE = "Another moderator decided this change after you opened it, or the provider "
            + "changed it. Nothing was done: reload the page to see where it stands.";

    /** What a decision did, and for a send-back whether the provider's people were mailed. */
    public record Decision(ListingVersion version, boolean mailed) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Listings listings;

    @Inject
    ListingMails mails;

    @Inject
    LibraryReading library;

    @Inject
    CivilCalendar calendar;

    @Inject
    Clock clock;

    /** The changes waiting for a moderator, the longest waiting first. */
    public List<ListingVersion> queue() {
        return em.createQuery("SELECT v FROM ListingVersion v JOIN FETCH v.listing l JOIN FETCH l.organisation"
                + " WHERE v.state = org.civicportal.marketplace.ListingVersionState.WAITING ORDER BY v.submittedAt, v.id",
                ListingVersion.class).getResultList();
    }

    public long countWaiting() {
        return em.createQuery("SELECT COUNT(v) FROM ListingVersion v WHERE v.state = org.civicportal.marketplace.ListingVersionState.WAITING",
                Long.class).getSingleResult();
    }

    public Optional<Listing> listing(long listingId) {
        return Optional.ofNullable(em.find(Listing.class, listingId));
    }

    public Optional<ListingDocument> document(long documentId) {
        return Optional.ofNullable(em.find(ListingDocument.class, documentId));
    }

    /** Every version of the listing, newest first. */
    public List<ListingVersion> versions(long listingId) {
        return listing(listingId).map(listings::versions).orElse(List.of());
    }

    /** The pending change beside the live version (or beside nothing, for a new listing), word by word. */
    public Optional<RevisionComparison> comparison(long listingId) {
        Optional<Listing> found = listing(listingId);
        if (found.isEmpty() || found.get().getPendingVersion() == null) {
            return Optional.empty();
        }
        ListingVersion pending = found.get().getPendingVersion();
        ListingVersion live = found.get().getLiveVersion();
        Map<Long, String> titles = caseStudyTitles(Stream.concat(pending.getCaseStudyIds().stream(),
                live == null ? Stream.empty() : live.getCaseStudyIds().stream()).distinct().toList());
        return Optional.of(RevisionComparison.of(live == null ? 0 : live.getNumber(), pending.getNumber(),
                live == null ? Map.of() : live.fields(titles), pending.fields(titles)));
    }

    /**
     * Approves the waiting change: it becomes the live version at once. A first approval (or one
     * after the term ended) starts a term of twelve months.
     *
     * @throws org.civicportal.decision.ChangedMeanwhile if the change was decided or changed since the moderator saw it
     */
    public Decision approve(long listingId, long seenVersionId, int seenVersion, long moderator) {
        Listing listing = listings.locked(listingId);
        ListingVersion pending = waiting(listing, seenVersionId, seenVersion);
        Instant now = clock.instant();
        pending.approve(moderator, now);
        listing.approvePending(ListingTerm.endOfTermFrom(calendar.today()), now);
        return new Decision(pending, false);
    }

    /**
     * Sends the waiting change back to the provider with a reason, which its people are mailed
     * (within the organisation's daily allowance). The live version, if any, stays in the directory.
     */
    public Decision sendBack(long listingId, long seenVersionId, int seenVersion, String reason, long moderator) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "Say what should change, so the provider knows what to do.");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "Use at most 2,000 characters.");
        }
        Listing listing = listings.locked(listingId);
        ListingVersion pending = waiting(listing, seenVersionId, seenVersion);
        pending.sendBack(why, moderator, clock.instant());
        boolean mailed = mails.sentBack(listing, pending, why, calendar.today());
        return new Decision(pending, mailed);
    }

    private static ListingVersion waiting(Listing listing, long seenVersionId, int seenVersion) {
        ListingVersion pending = Listings.seen(listing, listing.getPendingVersion(), seenVersionId, seenVersion, DECIDED_MEANWHILE);
        if (pending.getState() != ListingVersionState.WAITING) {
            throw new org.civicportal.decision.ChangedMeanwhile(DECIDED_MEANWHILE);
        }
        return pending;
    }

    /** The live titles of these library items, by id (one query). */
    Map<Long, String> caseStudyTitles(List<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        for (LibraryItem item : library.publicItems(ids)) {
            titles.put(item.getId(), item.getLiveRevision().getTitle());
        }
        return titles;
    }
}
