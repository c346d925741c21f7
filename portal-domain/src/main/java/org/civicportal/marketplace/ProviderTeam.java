package org.civicportal.marketplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicportal.account.Account;
import org.civicportal.account.SecureTokens;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.InvalidInputException;

/**
 * The people of an organisation: its users, the colleagues they invite by e-mail, joining by an
 * invitation's link, and removal. Every step for a user reads the organisation from their own
 * account; an id of another organisation's user answers as one that does not exist. Invitations are
 * limited: so many an organisation a day, and one address not again within minutes.
 */
@ApplicationScoped
@Transactional
public class ProviderTeam {

    /** How long an invitation's link works. */
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    /** How many invitations an organisation sends in {@link #INVITATION_WINDOW}. */
    static final int MAX_INVITATIONS_PER_WINDOW = 10;
    static final Duration INVITATION_WINDOW = Duration.ofHours(24);
    /** How soon the same address may be sent a new link. */
    static final Duration RESEND_INTERVAL = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    ProviderApplications applications;

    @Inject
    ProviderRoles roles;

    @Inject
    ProviderMails mails;

    @Inject
    SecureTokens tokens;

    @Inject
    Clock clock;

    /** The users of the organisation, by name: one query. */
    public List<TeamMember> members(long organisationId) {
        return em.createNamedQuery(ProviderUser.TEAM_OF_ORGANISATION, Object[].class).setParameter("organisationId", organisationId)
                .getResultList().stream().map(row -> {
                    ProviderUser user = (ProviderUser) row[0];
                    Account account = (Account) row[1];
                    return new TeamMember(user.getId(), account.getId(), account.getFullName(), account.getEmail(), user.getAddedAt());
                }).toList();
    }

    /** The invitations of the organisation that can still be accepted, newest first. */
    public List<ProviderInvitation> openInvitations(long organisationId) {
        return em.createNamedQuery(ProviderInvitation.OPEN_OF, ProviderInvitation.class).setParameter("organisationId", organisationId)
                .setParameter("now", clock.instant()).getResultList();
    }

    /**
     * A user invites a colleague to their organisation and the colleague is mailed a link; an open
     * invitation to the same address is replaced.
     *
     * @throws InvalidInputException for an address that is not one, a colleague who is a user already,
     *                               an address invited moments ago, or an organisation that sent all
     *                               the invitations a day allows
     */
    public ProviderInvitation invite(long inviterId, String email) {
        ProviderUser inviter = applications.userOf(inviterId).orElseThrow(ProviderApplications::notAUser);
        // the organisation's row lock puts two invitations at once one after the other, so both are counted
        ProviderOrganisation organisation = em.find(ProviderOrganisation.class, inviter.getOrganisation().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (organisation.getStatus() == ProviderStatus.DECLINED) {
            throw new InvalidInputException("inviteEmail", "The application of " + organisation.getName() + " was declined: it cannot add users.");
        }
        String address = EmailAddress.parse(email)
                .orElseThrow(() -> new InvalidInputException("inviteEmail", "Enter an e-mail address like name@example.org."));
        if (members(organisation.getId()).stream().anyMatch(m -> m.getEmail().equalsIgnoreCase(address))) {
            throw new InvalidInputException("inviteEmail", address + " acts for " + organisation.getName() + " already.");
        }
        Instant now = clock.instant();
        List<ProviderInvitation> sameAddress = openInvitations(organisation.getId()).stream()
                .filter(i -> i.getEmail().equalsIgnoreCase(address)).toList();
        if (sameAddress.stream().anyMatch(i -> now.isBefore(i.getInvitedAt().plus(RESEND_INTERVAL)))) {
            throw new InvalidInputException("inviteEmail", "An invitation went to " + address + " a few minutes ago. Give it time to"
                    + " arrive before sending another.");
        }
        long sent = em.createNamedQuery(ProviderInvitation.COUNT_SENT_SINCE, Long.class).setParameter("organisationId", organisation.getId())
                .setParameter("since", now.minus(INVITATION_WINDOW)).getSingleResult();
        if (sent >= MAX_INVITATIONS_PER_WINDOW) {
            throw new InvalidInputException("inviteEmail", organisation.getName() + " has sent " + MAX_INVITATIONS_PER_WINDOW
                    + " invitations in the last 24 hours, the most the portal sends for one organisation. Try again tomorrow.");
        }
        sameAddress.forEach(i -> i.replace(now));
        String token = tokens.newToken();
        ProviderInvitation invitation = new ProviderInvitation(organisation, address, tokens.digest(token), inviterId, now,
                now.plus(INVITATION_LIFETIME));
        em.persist(invitation);
        em.flush();
        mails.invitation(invitation, token, em.find(Account.class, inviterId));
        return invitation;
    }

    /** What an invitation's page shows: to which organisation, from whom, for which address. Changes nothing. */
    public JoinInvitation invitation(String token) {
        ProviderInvitation invitation = byToken(token);
        Account inviter = em.find(Account.class, invitation.getInvitedBy());
        return new JoinInvitation(invitation.getOrganisation().getName(), inviter == null ? "A colleague" : inviter.getFullName(),
                invitation.getEmail(), invitation.problemAt(clock.instant()));
    }

    /**
     * The logged-in person accepts an invitation sent to their own address and becomes a user of
     * the organisation (with the PROVIDER role if it is approved). The link works once.
     *
     * @return the organisation joined
     * @throws InvalidInputException if the link is unknown, used, replaced or expired, belongs to
     *                               another address, or the person acts for an organisation already
     */
    public ProviderOrganisation accept(String token, long accountId) {
        ProviderInvitation found = byToken(token);
        // the invitation's row lock: the same link pressed twice at once is used once
        ProviderInvitation invitation = em.find(ProviderInvitation.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(invitation);
        Instant now = clock.instant();
        String problem = invitation.problemAt(now);
        if (problem != null) {
            throw new InvalidInputException("invitation", problem);
        }
        Account account = em.find(Account.class, accountId);
        if (!account.getEmail().equalsIgnoreCase(invitation.getEmail())) {
            throw new InvalidInputException("invitation", "This invitation was sent to another address than the one you are logged in"
                    + " with. Log in with that address, or ask for an invitation to your own.");
        }
        ProviderOrganisation organisation = invitation.getOrganisation();
        applications.userOf(accountId).ifPresent(user -> {
            throw new InvalidInputException("invitation", user.getOrganisation().getId().equals(organisation.getId())
                    ? "You act for " + organisation.getName() + " already."
                    : "You act for " + user.getOrganisation().getName() + " already: an account acts for one organisation only.");
        });
        if (organisation.getStatus() == ProviderStatus.DECLINED) {
            throw new InvalidInputException("invitation", "The application of " + organisation.getName() + " was declined: it cannot add users.");
        }
        try {
            em.persist(new ProviderUser(organisation, accountId, invitation.getInvitedBy(), now));
            em.flush();
        } catch (PersistenceException raced) {
            throw new InvalidInputException("invitation", "You act for an organisation already: an account acts for one organisation only.");
        }
        invitation.accept(accountId, now);
        roles.applyTo(accountId, organisation, true);
        return organisation;
    }

    /**
     * A user removes a colleague from their own organisation; the colleague loses the PROVIDER role.
     *
     * @throws InvalidInputException if no such user is in the caller's organisation (another
     *                               organisation's user is not found either), for the caller themselves,
     *                               or for the last user
     */
    public void removeColleague(long callerId, long providerUserId) {
        ProviderUser caller = applications.userOf(callerId).orElseThrow(ProviderApplications::notAUser);
        ProviderOrganisation organisation = em.find(ProviderOrganisation.class, caller.getOrganisation().getId(), LockModeType.PESSIMISTIC_WRITE);
        ProviderUser target = em.find(ProviderUser.class, providerUserId);
        if (target == null || !target.getOrganisation().getId().equals(organisation.getId())) {
            throw notFound();
        }
        remove(target, TeamPolicy.mayRemove(false, target.getAccountId() == callerId, count(organisation)));
    }

    /**
     * An administrator removes a user from an organisation, the last one included.
     *
     * @throws InvalidInputException if the organisation has no such user
     */
    public void removeByAdministrator(long organisationId, long providerUserId) {
        ProviderOrganisation organisation = em.find(ProviderOrganisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        ProviderUser target = em.find(ProviderUser.class, providerUserId);
        if (organisation == null || target == null || !target.getOrganisation().getId().equals(organisation.getId())) {
            throw notFound();
        }
        remove(target, TeamPolicy.mayRemove(true, false, count(organisation)));
    }

    private void remove(ProviderUser target, ProviderVerdict verdict) {
        if (!verdict.allowed()) {
            throw new InvalidInputException("users", verdict.reason());
        }
        long accountId = target.getAccountId();
        em.remove(target);
        em.flush();
        roles.withdraw(accountId);
    }

    private long count(ProviderOrganisation organisation) {
        return em.createNamedQuery(ProviderUser.COUNT_OF_ORGANISATION, Long.class).setParameter("organisationId", organisation.getId())
                .getSingleResult();
    }

    private ProviderInvitation byToken(String token) {
        // a link's token is 43 characters: anything much longer is not one, and is not even hashed
        ProviderInvitation invitation = token == null || token.isBlank() || token.length() > 100 ? null
                : em.createNamedQuery(ProviderInvitation.BY_TOKEN, ProviderInvitation.class).setParameter("hash", tokens.digest(token))
                        .getResultStream().findFirst().orElse(null);
        if (invitation == null) {
            throw new InvalidInputException("invitation", "This invitation link is not valid. Check that you opened the whole link from"
                    + " the e-mail, or ask for a new invitation.");
        }
        return invitation;
    }

    private static InvalidInputException notFound() {
        return new InvalidInputException("users", "This user is not found in the organisation.");
    }
}
