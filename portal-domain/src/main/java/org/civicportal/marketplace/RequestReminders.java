package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicportal.shared.CivilCalendar;

/**
 * Reminds the providers that have not answered an open request within
 * {@link RequestLimits#REMINDER_AFTER_WORKING_DAYS} working days, once. Each reminder is claimed by
 * a conditional update before its mail is written, in the same transaction, so with several nodes
 * (or a slow run overlapping the next) it goes out once.
 */
@ApplicationScoped
@Transactional
public class RequestReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestMails mails;

    @Inject
    CivilCalendar calendar;

    @Inject
    Clock clock;

    /**
     * Sends the reminders that are due.
     *
     * @return how many went out
     */
    public int remindDue() {
        Instant now = clock.instant();
        // five working days are at least five calendar days: the query keeps out what is surely too recent
        List<RequestAddressee> waiting = em.createQuery("SELECT a FROM RequestAddressee a JOIN FETCH a.request r"
                        + " WHERE a.state IN :unanswered AND a.remindedAt IS NULL AND r.status = :open AND r.sentAt <= :earliest"
                        + " ORDER BY r.sentAt", RequestAddressee.class)
                .setParameter("unanswered", List.of(RequestAddresseeState.SENT, RequestAddresseeState.READ))
                .setParameter("open", AssistanceRequestStatus.OPEN)
                .setParameter("earliest", now.minus(Duration.ofDays(RequestLimits.REMINDER_AFTER_WORKING_DAYS)))
                .setMaxResults(200).getResultList();
        int sent = 0;
        for (RequestAddressee addressee : waiting) {
            if (!RequestWorkingDays.reminderDue(addressee.getRequest().getSentAt(), now, calendar.zone())) {
                continue;
            }
            int claimed = em.createQuery("UPDATE RequestAddressee a SET a.remindedAt = :now WHERE a.id = :id AND a.remindedAt IS NULL"
                            + " AND a.state IN :unanswered")
                    .setParameter("now", now).setParameter("id", addressee.getId())
                    .setParameter("unanswered", List.of(RequestAddresseeState.SENT, RequestAddresseeState.READ)).executeUpdate();
            if (claimed == 1) {
                mails.reminder(addressee);
                sent++;
            }
        }
        return sent;
    }
}
