package org.civicportal.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;

/**
 * Everything a person does with their account before they are logged in: sign up, confirm
 * their email address, reset a forgotten password.
 */
@Stateless
public class AccountService {

    /** Shown when one client network sent too many of these requests. */
    static final String TOO_MANY_REQUESTS = "Too many requests from your network. Try again in %d minutes.";

    /** A new link is not mailed more often than this, so the form cannot be used to flood an inbox. */
    static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecureTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    MailThrottle mailThrottle;

    @Inject
    Clock clock;

    @Inject
    SessionVersions sessionVersions;

    /**
     * Creates an unconfirmed account and mails a confirmation link. If the address already has an
     * account, its owner is mailed instead (someone tried to sign up with it) and the answer is
     * the same, so the form cannot tell who has an account. Nothing is saved if any field is wrong.
     *
     * @param clientAddress the address the request comes from, for the per-network limit
     * @throws InvalidInputException with a message for every wrong field at once (malformed email,
     *                               weak password, missing profile details), so one round of
     *                               corrections is enough; or on {@code form} when this network
     *                               sent too many requests
     */
    public void signUp(SignUp signUp, String clientAddress) {
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            inputCheck.valid(signUp);
        } catch (InvalidInputException invalid) {
            problems.putAll(invalid.problems());
        }
        // the password rules are checked even when other fields are wrong: all problems in one answer
        passwordPolicy.problemWith(signUp.getPassword(), signUp.getEmail())
                .ifPresent(problem -> problems.put("password", problem));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        takeRequest(clientAddress, "form");
        // hashed whether or not the address is taken, so the response time says nothing either
        String passwordHash = hasher.hash(signUp.getPassword());
        Optional<Account> existing = findByEmail(signUp.getEmail());
        if (existing.isPresent()) {
            Account owner = existing.get();
            if (!owner.isDisabled() && mailThrottle.tryMailTo(owner.getId())) {
                mails.sendSignUpAttempt(owner);
            }
            return;
        }
        Account account = new Account(signUp, passwordHash, clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            // two sign-ups with the same address at the same moment: the unique key let one through,
            // and that one mailed the owner; this one rolls back and answers the same way
            return;
        }
        mailThrottle.tryMailTo(account.getId());
        mails.sendVerification(account, issueToken(account, TokenPurpose.VERIFY_EMAIL));
    }

    /**
     * Confirms the email address the link was sent to.
     *
     * @return the confirmed address
     * @throws TokenRejectedException if the link is unknown, expired or already used; a used or
     *                                expired link of an address that is confirmed by now says so
     *                                ({@link TokenProblem#ALREADY_CONFIRMED}), as there is nothing
     *                                left to ask a new link for
     */
    public String confirmEmail(String token) {
        AccountToken accountToken;
        try {
            accountToken = usableToken(token, TokenPurpose.VERIFY_EMAIL);
        } catch (TokenRejectedException rejected) {
            if (rejected.problem() == TokenProblem.ALREADY_USED || rejected.problem() == TokenProblem.EXPIRED) {
                boolean confirmed = tokenByDigest(token).map(found -> found.getAccount().isEmailVerified()).orElse(false);
                if (confirmed) {
                    throw new TokenRejectedException(TokenProblem.ALREADY_CONFIRMED);
                }
            }
            throw rejected;
        }
        Instant now = clock.instant();
        accountToken.use(now);
        accountToken.getAccount().confirmEmail(now);
        return accountToken.getAccount().getEmail();
    }

    /**
     * Mails a new confirmation link if the address belongs to an unconfirmed account. Says nothing
     * about whether it does, so the form cannot tell who has an account. Limited per client
     * network and per mailbox.
     *
     * @throws InvalidInputException on {@code email} when this network sent too many requests
     */
    public void resendConfirmation(String email, String clientAddress) {
        takeRequest(clientAddress, "email");
        findByEmail(SignUp.normaliseEmail(email))
                .filter(account -> !account.isEmailVerified() && !account.isDisabled())
                .filter(account -> !recentlyMailed(account, TokenPurpose.VERIFY_EMAIL))
                .filter(account -> mailThrottle.tryMailTo(account.getId()))
                .ifPresent(account -> mails.sendVerification(account, issueToken(account, TokenPurpose.VERIFY_EMAIL)));
    }

    /**
     * Mails a single-use password-reset link if the address belongs to an account. The answer is
     * the same either way. Limited per client network and per mailbox.
     *
     * @throws InvalidInputException on {@code email} when this network sent too many requests
     */
    public void requestPasswordReset(String email, String clientAddress) {
        takeRequest(clientAddress, "email");
        findByEmail(SignUp.normaliseEmail(email))
                .filter(account -> !account.isDisabled())
                .filter(account -> !recentlyMailed(account, TokenPurpose.RESET_PASSWORD))
                .filter(account -> mailThrottle.tryMailTo(account.getId()))
                .ifPresent(account -> mails.sendPasswordReset(account, issueToken(account, TokenPurpose.RESET_PASSWORD)));
    }

    /**
     * Checks a reset link before showing the form, without using it up.
     *
     * @throws TokenRejectedException if it cannot be used
     */
    public void checkPasswordResetToken(String token) {
        usableToken(token, TokenPurpose.RESET_PASSWORD);
    }

    /**
     * Sets a new password with a reset link and ends every session of the account. The link
     * also proves the address, so an unconfirmed account becomes confirmed.
     *
     * @throws TokenRejectedException if the link is unknown, expired or already used
     * @throws InvalidInputException  if the new password breaks the password rules
     */
    public void resetPassword(String token, String newPassword) {
        AccountToken accountToken = usableToken(token, TokenPurpose.RESET_PASSWORD);
        Account account = accountToken.getAccount();
        passwordPolicy.problemWith(newPassword, account.getEmail())
                .ifPresent(problem -> {
                    throw new InvalidInputException("password", problem);
                });
        Instant now = clock.instant();
        accountToken.use(now);
        // any other reset link mailed earlier dies with this one
        em.createNamedQuery(AccountToken.OPEN_FOR, AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", TokenPurpose.RESET_PASSWORD)
                .getResultList()
                .forEach(open -> open.use(now));
        account.changePasswordHash(hasher.hash(newPassword), now);
        account.confirmEmail(now);
        mails.sendPasswordChanged(account);
        sessionVersions.endSessions(account, false);
    }

    private void takeRequest(String clientAddress, String field) {
        mailThrottle.tryRequest(clientAddress).ifPresent(wait -> {
            throw new InvalidInputException(field, String.format(TOO_MANY_REQUESTS, Math.max(1, (wait.getSeconds() + 59) / 60)));
        });
    }

    Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank() || email.length() > EmailAddress.MAX_LENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", SignUp.normaliseEmail(email))
                .getResultStream()
                .findFirst();
    }

    private String issueToken(Account account, TokenPurpose purpose) {
        String token = tokens.newToken();
        em.persist(new AccountToken(account, purpose, tokens.digest(token), clock.instant()));
        return token;
    }

    private boolean recentlyMailed(Account account, TokenPurpose purpose) {
        Instant cutOff = clock.instant().minus(RESEND_INTERVAL);
        return em.createNamedQuery(AccountToken.OPEN_FOR, AccountToken.class)
                .setParameter("account", account)
                .setParameter("purpose", purpose)
                .getResultStream()
                .anyMatch(token -> token.createdAfter(cutOff));
    }

    private AccountToken usableToken(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new TokenRejectedException(TokenProblem.UNKNOWN);
        }
        AccountToken found = tokenByDigest(token).orElseThrow(() -> new TokenRejectedException(TokenProblem.UNKNOWN));
        TokenProblem problem = found.problemAt(clock.instant(), purpose);
        if (problem != null) {
            throw new TokenRejectedException(problem);
        }
        return found;
    }

    /** The stored token a link carries; only its digest is stored, so a leaked table is no set of links. */
    private Optional<AccountToken> tokenByDigest(String token) {
        return em.createNamedQuery(AccountToken.BY_DIGEST, AccountToken.class)
                .setParameter("digest", tokens.digest(token.strip()))
                .getResultStream()
                .findFirst();
    }
}
