package org.civicportal.membership;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.ReadableDates;
import org.civicportal.shared.jobs.JobLeases;
import org.civicportal.shared.mail.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds members before their membership ends (at configurable offsets, default 30 and 7 days)
 * and tells them when it lapses. Each reminder is recorded under a unique key before its mail is
 * queued, in the same transaction, so it is sent once.
 */
@Singleton
public class MembershipReminders {

    /** How far back a lapse still gets its notice (a portal started after a long pause does not spam). */
    static final int LAPSE_NOTICE_WINDOW_DAYS = 60;


    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @Inject
    CivilCalendar calendar;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "portal.membership.reminder-days", defaultValue = "30,7")
    List<Integer> reminderDays;

    /** How often {@link #hourly()} fires, as its schedule says: its lease lasts a little less. */
    private static final Duration PERIOD = Duration.ofHours(1);

    /**
     * Runs every hour, on one node of however many; catching up after downtime is safe because
     * every reminder is keyed.
     */
    @Schedule(hour = "*", minute = "5", persistent = false)
    public void hourly() {
        leases.runOnOneNode("membership-reminders", PERIOD, this::sendDue);
    }

    /**
     * Sends the reminders and lapse notices due today that were not sent yet.
     *
     * @return how many were sent
     */
    public int sendDue() {
        LocalDate today = calendar.today();
        int sent = 0;
        int furthest = reminderDays.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Membership membership : ending(today, today.plusDays(furthest))) {
            long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, membership.getPaidThrough());
            // the smallest offset reached: a member 5 days from the end gets the 7-day reminder, once
            Integer offset = reminderDays.stream().filter(d -> daysLeft <= d).min(Integer::compare).orElse(null);
            if (offset != null && record(membership, "BEFORE_" + offset)) {
                remind(membership, daysLeft);
                sent++;
            }
        }
        for (Membership membership : ending(today.minusDays(LAPSE_NOTICE_WINDOW_DAYS + 366L), today.minusDays(1))) {
            Standing standing = membership.standing();
            if (standing.on(today) == MembershipStatus.LAPSED
                    && !standing.graceUntil().isBefore(today.minusDays(LAPSE_NOTICE_WINDOW_DAYS))
                    && record(membership, "LAPSED")) {
                lapsed(membership);
                sent++;
            }
        }
        return sent;
    }

    private List<Membership> ending(LocalDate from, LocalDate to) {
        return em.createNamedQuery(Membership.ENDING_BETWEEN, Membership.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Records the reminder; false if it was already sent. */
    private boolean record(Membership membership, String kind) {
        Number already = (Number) em.createNativeQuery("SELECT COUNT(*) FROM membership_reminder"
                        + " WHERE membership_id = ? AND paid_through = ? AND kind = ?")
                .setParameter(1, membership.getId())
                .setParameter(2, Date.valueOf(membership.getPaidThrough()))
                .setParameter(3, kind)
                .getSingleResult();
        if (already.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO membership_reminder (membership_id, paid_through, kind, sent_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, membership.getId())
                .setParameter(2, Date.valueOf(membership.getPaidThrough()))
                .setParameter(3, kind)
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        return true;
    }

    private void remind(Membership membership, long daysLeft) {
        var account = membership.getAccount();
        mailer.send(account.getEmail(), "Your membership ends on " + ReadableDates.DAY.format(membership.getPaidThrough()),
                "Hello " + account.getFullName() + ",\n\n"
                + "Your " + membership.getCategory().getName() + " membership ends in " + daysLeft
                + (daysLeft == 1 ? " day" : " days") + ", on " + ReadableDates.DAY.format(membership.getPaidThrough()) + ".\n"
                + "Renewing now extends it from that date, so you lose nothing by renewing early:\n"
                + settings.link(MembershipMails.MEMBERSHIP_PAGE) + "\n");
    }

    private void lapsed(Membership membership) {
        var account = membership.getAccount();
        mailer.send(account.getEmail(), "Your membership has lapsed",
                "Hello " + account.getFullName() + ",\n\n"
                + "Your " + membership.getCategory().getName() + " membership ended on "
                + ReadableDates.DAY.format(membership.getPaidThrough()) + " and its grace period is over, so members-only"
                + " webinars and tools are closed to you.\n"
                + "Renew at any time to open them again: " + settings.link(MembershipMails.MEMBERSHIP_PAGE) + "\n");
    }
}
