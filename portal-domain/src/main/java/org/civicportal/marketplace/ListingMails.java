package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.civicportal.account.Account;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.ReadableDates;
import org.civicportal.shared.mail.Mailer;

/**
 * What listings tell their providers by mail: a change sent back with the moderator's reason, the
 * term's reminders and its end. Every notice is recorded before its mail is queued, in the same
 * transaction; a record keyed on what it is about is a claim, so a reminder goes once even with
 * several nodes. An organisation gets at most {@link #MAX_NOTICES_PER_DAY} notices in 24 hours, so
 * a moderator's repeated clicks cannot flood its inboxes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ListingMails {

    /** Notices mailed to one organisation in {@link #WINDOW}. */
    public static final int MAX_NOTICES_PER_DAY = 10;

    static final Duration WINDOW = Duration.ofHours(24);

    /** The provider's own page of its listings. */
    static final String LISTINGS_PAGE = "provider/listings.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Listings listings;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /**
     * Tells the provider's people why a change was sent back.
     *
     * @return false if the organisation's daily allowance of notices is spent: nothing was mailed
     */
    boolean sentBack(Listing listing, ListingVersion version, String reason, LocalDate today) {
        if (!withinAllowance(listing.getOrganisation())) {
            return false;
        }
        // each decision on a version is its own notice: the version's counter tells one send-back from the next
        claim(listing, "SENT_BACK_" + version.getId() + "_" + version.getVersion(), today);
        tell(listing, "Your listing \"" + version.getTitle() + "\" was sent back",
                "A moderator sent back your change to the listing \"" + version.getTitle() + "\" with this reason:\n\n"
                + reason + "\n\n"
                + (listing.getLiveVersion() != null ? "The published version stays in the directory meanwhile.\n" : "")
                + "Edit it and send it again: " + settings.link("provider/listing.xhtml?id=" + listing.getId()) + "\n");
        return true;
    }

    /** Reminds the provider's people that the term ends in {@code days} days, once per term and offset. */
    boolean reminder(Listing listing, int days) {
        if (!claim(listing, "REMINDER_" + days, listing.getTermEndsOn())) {
            return false;
        }
        String title = listing.getLiveVersion().getTitle();
        tell(listing, "Your listing \"" + title + "\" ends on " + ReadableDates.DAY.format(listing.getTermEndsOn()),
                "Your listing \"" + title + "\" leaves the provider directory after "
                + ReadableDates.DAY.format(listing.getTermEndsOn()) + ".\n"
                + "Renew it in one click on your listings page to keep it for another twelve months:\n"
                + settings.link(LISTINGS_PAGE) + "\n");
        return true;
    }

    /** Tells the provider's people the term ended, once per term. */
    boolean expired(Listing listing) {
        if (!claim(listing, "EXPIRED", listing.getTermEndsOn())) {
            return false;
        }
        String title = listing.getLiveVersion().getTitle();
        tell(listing, "Your listing \"" + title + "\" has left the directory",
                "The term of your listing \"" + title + "\" ended on " + ReadableDates.DAY.format(listing.getTermEndsOn())
                + ", so it is no longer shown in the provider directory. It is kept: renew it at any time to show it again:\n"
                + settings.link(LISTINGS_PAGE) + "\n");
        return true;
    }

    private void tell(Listing listing, String subject, String body) {
        for (Account person : listings.peopleOf(listing.getOrganisation())) {
            mailer.send(person.getEmail(), subject, "Hello " + person.getFullName() + ",\n\n" + body);
        }
    }

    private boolean withinAllowance(ProviderOrganisation organisation) {
        Number sent = (Number) em.createNativeQuery("SELECT COUNT(*) FROM provider_listing_notice WHERE organisation_id = ? AND sent_at > ?")
                .setParameter(1, organisation.getId())
                .setParameter(2, Timestamp.from(clock.instant().minus(WINDOW)))
                .getSingleResult();
        return sent.longValue() < MAX_NOTICES_PER_DAY;
    }

    /**
     * Records the notice unless it was recorded already: the unique key on (listing, kind, term)
     * makes the insert a claim that only one transaction wins, whichever node runs it.
     */
    private boolean claim(Listing listing, String kind, LocalDate about) {
        return em.createNativeQuery("INSERT IGNORE INTO provider_listing_notice (listing_id, organisation_id, kind, term_ends_on, sent_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, listing.getId())
                .setParameter(2, listing.getOrganisation().getId())
                .setParameter(3, kind)
                .setParameter(4, Date.valueOf(about))
                .setParameter(5, Timestamp.from(clock.instant()))
                .executeUpdate() == 1;
    }
}
