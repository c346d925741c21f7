package org.civicportal.marketplace;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Role;
import org.civicportal.content.RevisionComparison;
import org.civicportal.shared.Caller;

/**
 * The administrators' door to listing moderation, checked here whatever page calls; each decision
 * is taken in the caller's name. The work is {@link ListingModerating}'s.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ListingModeration {

    @Resource
    SessionContext context;

    @Inject
    ListingModerating moderating;

    public List<ListingVersion> queue() {
        return moderating.queue();
    }

    public long countWaiting() {
        return moderating.countWaiting();
    }

    public Optional<Listing> listing(long listingId) {
        return moderating.listing(listingId);
    }

    public List<ListingVersion> versions(long listingId) {
        return moderating.versions(listingId);
    }

    public Optional<RevisionComparison> comparison(long listingId) {
        return moderating.comparison(listingId);
    }

    /** Any listing's document, for a moderator to read before deciding. */
    public Optional<ListingDocument> document(long documentId) {
        return moderating.document(documentId);
    }

    /** Approves the change the moderator saw; refused if another moderator decided it meanwhile. */
    public ListingModerating.Decision approve(long listingId, long seenVersionId, int seenVersion) {
        return moderating.approve(listingId, seenVersionId, seenVersion, Caller.accountId(context));
    }

    /** Sends the change the moderator saw back with a reason, mailed to the provider. */
    public ListingModerating.Decision sendBack(long listingId, long seenVersionId, int seenVersion, String reason) {
        return moderating.sendBack(listingId, seenVersionId, seenVersion, reason, Caller.accountId(context));
    }
}
