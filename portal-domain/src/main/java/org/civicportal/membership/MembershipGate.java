package org.civicportal.membership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.civicportal.shared.CivilCalendar;

/**
 * The member-only gate, in one place: is this person a member in good standing (active or in
 * grace) on a given day? Every members-only page and action asks here.
 */
@ApplicationScoped
public class MembershipGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    CivilCalendar calendar;

    /** True if the account's membership is active or in grace on the day. */
    public boolean isInGoodStanding(long accountId, LocalDate day) {
        return statusOn(accountId, day).isGoodStanding();
    }

    /** True if the account's membership is in good standing today. */
    public boolean isInGoodStandingToday(long accountId) {
        return isInGoodStanding(accountId, calendar.today());
    }

    /** The status on the day; PENDING for someone who never applied. */
    public MembershipStatus statusOn(long accountId, LocalDate day) {
        return membershipOf(accountId).map(m -> m.standing().on(day)).orElse(MembershipStatus.PENDING);
    }

    /** Where the account's membership stands, or empty if it never applied. */
    public Optional<Standing> standingOf(long accountId) {
        return membershipOf(accountId).map(Membership::standing);
    }

    Optional<Membership> membershipOf(long accountId) {
        return em.createNamedQuery(Membership.OF_ACCOUNT, Membership.class)
                .setParameter("accountId", accountId)
                .getResultStream()
                .findFirst();
    }
}
