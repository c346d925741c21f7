package org.civicportal.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.civicportal.shared.Caller;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;

/**
 * A logged-in person's own account. Every method works on the caller's account, taken from the
 * security context, never from an id the page sends: nobody can edit someone else's profile.
 */
@Stateless
@RolesAllowed({Role.Names.MEMBER, Role.Names.EDITOR, Role.Names.PROVIDER, Role.Names.ADMIN})
public class ProfileService {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottle throttle;

    @Inject
    AccountMails mails;

    @Inject
    Clock clock;

    @Inject
    SessionVersions sessionVersions;

    /** The caller's account. */
    public Account myAccount() {
        Account account = em.find(Account.class, callerId());
        account.getRoles();
        return account;
    }

    /**
     * Saves the caller's name, jurisdiction and position.
     *
     * @throws InvalidInputException with a message per wrong field; nothing is saved then
     */
    public void updateMyProfile(ProfileDetails details) {
        inputCheck.valid(details);
        em.find(Account.class, callerId()).updateProfile(details, clock.instant());
    }

    /**
     * Changes the caller's password after checking the current one, and ends their other sessions.
     *
     * @throws InvalidInputException on field {@code currentPassword} if it is wrong (or after too
     *                               many tries), on {@code newPassword} if it breaks the rules
     */
    public void changeMyPassword(String currentPassword, String newPassword) {
        Account account = em.find(Account.class, callerId());
        // a stolen session must not become a way to guess the password: the account's log-in allowance
        throttle.tryAccountAttempt(account.getId()).ifPresent(wait -> {
            throw new InvalidInputException("currentPassword",
                    "Too many attempts. Wait " + Math.max(1, wait.toMinutes()) + " minutes and try again.");
        });
        if (currentPassword == null || currentPassword.length() > LoginService.MAX_PASSWORD_INPUT
                || !hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "Your current password is not right.");
        }
        throttle.accountSucceeded(account.getId());
        passwordPolicy.problemWith(newPassword, account.getEmail()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        Instant now = clock.instant();
        account.changePasswordHash(hasher.hash(newPassword), now);
        mails.sendPasswordChanged(account);
        sessionVersions.endSessions(account, true);
    }

    private long callerId() {
        return Caller.accountId(context);
    }
}
