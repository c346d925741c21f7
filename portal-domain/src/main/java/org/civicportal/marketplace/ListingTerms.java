package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicportal.shared.CivilCalendar;

/**
 * The terms of listings as days pass: reminders 30 and 7 days before a term ends, and the end
 * itself, which takes a listing off the directory (it is kept, and renewable). The directory reads
 * only listings within their term, so a listing leaves it on the day after its last even before this
 * runs; this records the change and tells the provider. Each reminder is claimed once (see
 * {@link ListingMails}), so several nodes running this send it once.
 */
@ApplicationScoped
@Transactional
public class ListingTerms {

    @PersistenceContext
    EntityManager em;

    @Inject
    ListingMails mails;

    @Inject
    CivilCalendar calendar;

    @Inject
    Clock clock;

    /** What one run did. */
    public record Run(int reminders, int expired) {
    }

    /** Sends the reminders due today that were not sent yet, and ends the terms that are over. */
    public Run catchUp() {
        LocalDate today = calendar.today();
        int furthest = ListingTerm.REMINDER_DAYS.get(0);
        int reminders = 0;
        for (Listing listing : live(today, today.plusDays(furthest))) {
            Optional<Integer> due = ListingTerm.reminderDue(listing.getTermEndsOn(), today);
            if (due.isPresent() && listing.getOrganisation().isActive() && mails.reminder(listing, due.get())) {
                reminders++;
            }
        }
        int expired = 0;
        for (Listing over : live(LocalDate.of(1970, 1, 1), today.minusDays(1))) {
            Listing listing = em.find(Listing.class, over.getId(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(listing);
            if (listing.getStatus() == ListingStatus.LIVE && ListingTerm.isOver(listing.getTermEndsOn(), today)) {
                listing.expire(clock.instant());
                mails.expired(listing);
                expired++;
            }
        }
        return new Run(reminders, expired);
    }

    private List<Listing> live(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT l FROM Listing l JOIN FETCH l.organisation JOIN FETCH l.liveVersion"
                        + " WHERE l.status = org.civicportal.marketplace.ListingStatus.LIVE AND l.termEndsOn BETWEEN :from AND :to",
                        Listing.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
