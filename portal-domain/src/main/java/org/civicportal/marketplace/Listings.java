package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.Account;
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.shared.InvalidInputException;

/**
 * The steps the listing workers share: whose organisation a caller acts for, a listing of that
 * organisation under its row lock (another's answers "not found", exactly as one that does not
 * exist), the version a person saw checked against the one there is now, and the organisation's
 * people to tell. Called only inside their transactions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Listings {

    /** What any refusal of a listing id says: the same for another's listing and for none. */
    static final String NOT_FOUND = "This listing was not found.";

    @PersistenceContext
    EntityManager em;

    /** The organisation the account acts for, read from its provider membership, never from a request. */
    Optional<ProviderOrganisation> organisationOf(long accountId) {
        return em.createQuery("SELECT u.organisation FROM ProviderUser u WHERE u.accountId = :account", ProviderOrganisation.class)
                .setParameter("account", accountId).getResultStream().findFirst();
    }

    /** The organisation the account acts for, or a refusal. */
    ProviderOrganisation requireOrganisation(long accountId) {
        return organisationOf(accountId).orElseThrow(() -> new InvalidInputException("form",
                "Your account does not act for a provider organisation."));
    }

    /** The organisation's listing, locked for a change; another organisation's is "not found". */
    Listing lockedOf(long listingId, ProviderOrganisation organisation) {
        Listing listing = em.find(Listing.class, listingId, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null || !listing.getOrganisation().getId().equals(organisation.getId())) {
            throw new InvalidInputException("listing", NOT_FOUND);
        }
        return listing;
    }

    /** Any listing, locked for a moderator's decision. */
    Listing locked(long listingId) {
        Listing listing = em.find(Listing.class, listingId, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null) {
            throw new InvalidInputException("listing", NOT_FOUND);
        }
        return listing;
    }

    /**
     * The version the person saw, if it is still the latest as they saw it.
     *
     * @throws ChangedMeanwhile if it was changed, sent, decided or replaced since
     */
    static ListingVersion seen(Listing listing, ListingVersion current, long seenVersionId, int seenVersion, String whatHappened) {
        if (current == null || current.getId() != seenVersionId || current.getVersion() != seenVersion) {
            throw new ChangedMeanwhile(whatHappened);
        }
        return current;
    }

    int nextNumber(Listing listing) {
        Integer last = em.createQuery("SELECT MAX(v.number) FROM ListingVersion v WHERE v.listing = :listing", Integer.class)
                .setParameter("listing", listing).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    boolean slugTaken(ProviderOrganisation organisation, String slug) {
        return !em.createQuery("SELECT l.id FROM Listing l WHERE l.organisation = :organisation AND l.slug = :slug", Long.class)
                .setParameter("organisation", organisation).setParameter("slug", slug).setMaxResults(1).getResultList().isEmpty();
    }

    /** Every version of a listing, newest first. */
    List<ListingVersion> versions(Listing listing) {
        return em.createQuery("SELECT v FROM ListingVersion v WHERE v.listing = :listing ORDER BY v.number DESC", ListingVersion.class)
                .setParameter("listing", listing).getResultList();
    }

    /** The organisation's people who can be mailed: accounts not disabled. */
    List<Account> peopleOf(ProviderOrganisation organisation) {
        return em.createQuery("SELECT a FROM Account a WHERE a.disabledAt IS NULL AND a.id IN"
                        + " (SELECT u.accountId FROM ProviderUser u WHERE u.organisation = :organisation) ORDER BY a.id", Account.class)
                .setParameter("organisation", organisation).getResultList();
    }
}
