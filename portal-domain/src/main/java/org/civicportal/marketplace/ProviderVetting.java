package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicportal.account.Account;
import org.civicportal.decision.ChangedMeanwhile;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.InvalidInputException;

/**
 * Administrators' decisions on organisations: approve (every check ticked), decline with a reason,
 * suspend with a reason, reinstate; each asks {@link VettingPolicy} under the organisation's row
 * lock and against the version the administrator saw, so of two administrators deciding at once the
 * second is told and nothing of the first is lost. The PROVIDER role follows ({@link ProviderRoles})
 * and the people concerned are told by mail.
 */
@ApplicationScoped
@Transactional
public class ProviderVetting {

    /** The longest reason an organisation is told. */
    static final int MAX_REASON = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProviderRoles roles;

    @Inject
    ProviderMails mails;

    @Inject
    Clock clock;

    /** The organisations in a status, oldest application first (their lists are not read: the list shows none). */
    public List<ProviderOrganisation> withStatus(ProviderStatus status, int max) {
        return em.createQuery("SELECT o FROM ProviderOrganisation o WHERE o.status = :status"
                + " ORDER BY o.appliedAt, o.id", ProviderOrganisation.class)
                .setParameter("status", status).setMaxResults(max).getResultList();
    }

    /** How many organisations are in each status. */
    public Map<ProviderStatus, Long> countsByStatus() {
        Map<ProviderStatus, Long> counts = new EnumMap<>(ProviderStatus.class);
        for (ProviderStatus status : ProviderStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT o.status, COUNT(o) FROM ProviderOrganisation o GROUP BY o.status", Object[].class).getResultList()
                .forEach(row -> counts.put((ProviderStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** One organisation with everything its vetting page shows. */
    public Optional<ProviderOrganisation> find(long organisationId) {
        return Optional.ofNullable(em.find(ProviderOrganisation.class, organisationId)).map(ProviderApplications::loaded);
    }

    /**
     * Approves an application; every user of the organisation gets the PROVIDER role.
     *
     * @throws InvalidInputException if a check is not ticked or it is decided already
     * @throws ChangedMeanwhile      if it changed after {@code seenVersion}
     */
    public ProviderOrganisation approve(long organisationId, Set<VettingCheck> checks, int seenVersion, long administratorId) {
        ProviderOrganisation organisation = locked(organisationId, seenVersion);
        require(VettingPolicy.mayApprove(organisation.getStatus(), checks), "checks");
        organisation.approve(checks, administratorId, clock.instant());
        roles.applyTo(organisation);
        mails.approved(organisation, roles.accounts(organisation));
        return organisation;
    }

    /**
     * Declines an application with a reason, which the applicant is told by mail.
     *
     * @throws InvalidInputException without a reason, or if it is decided already
     * @throws ChangedMeanwhile      if it changed after {@code seenVersion}
     */
    public ProviderOrganisation decline(long organisationId, String reason, int seenVersion, long administratorId) {
        String why = reason(reason);
        ProviderOrganisation organisation = locked(organisationId, seenVersion);
        require(VettingPolicy.mayDecline(organisation.getStatus()), "reason");
        organisation.decline(why, administratorId, clock.instant());
        roles.applyTo(organisation);
        Account applicant = em.find(Account.class, organisation.getAppliedBy());
        mails.declined(organisation, applicant, why);
        return organisation;
    }

    /**
     * Suspends an approved provider with a reason: its users lose the PROVIDER role and are told.
     *
     * @throws InvalidInputException without a reason, or if it is not approved
     * @throws ChangedMeanwhile      if it changed after {@code seenVersion}
     */
    public ProviderOrganisation suspend(long organisationId, String reason, int seenVersion, long administratorId) {
        String why = reason(reason);
        ProviderOrganisation organisation = locked(organisationId, seenVersion);
        require(VettingPolicy.maySuspend(organisation.getStatus()), "reason");
        organisation.suspend(why, administratorId, clock.instant());
        roles.applyTo(organisation);
        mails.suspended(organisation, roles.accounts(organisation), why);
        return organisation;
    }

    /**
     * Reinstates a suspended provider: its users get the PROVIDER role back and are told.
     *
     * @throws InvalidInputException if it is not suspended
     * @throws ChangedMeanwhile      if it changed after {@code seenVersion}
     */
    public ProviderOrganisation reinstate(long organisationId, int seenVersion, long administratorId) {
        ProviderOrganisation organisation = locked(organisationId, seenVersion);
        require(VettingPolicy.mayReinstate(organisation.getStatus()), "reinstate");
        organisation.reinstate(administratorId, clock.instant());
        roles.applyTo(organisation);
        mails.reinstated(organisation, roles.accounts(organisation));
        return organisation;
    }

    /** The organisation under its row lock, refused if it changed since the administrator saw it. */
    private ProviderOrganisation locked(long organisationId, int seenVersion) {
        ProviderOrganisation organisation = em.find(ProviderOrganisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw new InvalidInputException("organisation", "This organisation does not exist.");
        }
        if (organisation.getVersion() != seenVersion) {
            throw new ChangedMeanwhile("Someone changed this organisation after you opened the page: it is now "
                    + organisation.getStatus().getLabel().toLowerCase() + ". Nothing was changed by you; read it again before deciding.");
        }
        return organisation;
    }

    private static void require(ProviderVerdict verdict, String field) {
        if (!verdict.allowed()) {
            throw new InvalidInputException(field, verdict.reason());
        }
    }

    /** The reason as typed, which must be there, readable and not too long. */
    static String reason(String typed) {
        if (typed != null && typed.length() > MAX_REASON * 2) {
            throw new InvalidInputException("reason", "Use at most 2,000 characters.");
        }
        String why = typed == null ? "" : typed.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "Give the reason: the organisation is told it.");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Use at most 2,000 characters.");
        }
        if (!CleanText.Check.isClean(why, true)) {
            throw new InvalidInputException("reason", CleanText.MESSAGE);
        }
        return why;
    }
}
