package org.civicportal.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civicportal.shared.InputCheck;
import org.civicportal.shared.InvalidInputException;

/**
 * Everything a person does with their account before they are logged in: sign up, confirm
 * their email address, reset a forgotten password.
 */
@Stateless
public class AccountService {

    static final String DUPLICATE_EMAIL =
            "An account with this email address already exists. Log in, or reset your password if you forgot it.";

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
    Clock clock;

    @Inject
    Event<AccountSessionsRevoked> sessionsRevoked;

    /**
     * Creates an unconfirmed account and mails a confirmation link. Nothing is saved if any field
     * is wrong.
     *
     * @throws InvalidInputException with a message per field: malformed or duplicate email, weak
     *                               password, missing profile details
     */
    public void signUp(SignUp signUp) {
        inputCheck.valid(signUp);
        passwordPolicy.problemWith(signUp.getPassword(), signUp.getEmail())
                .ifPresent(problem -> {
                    throw new InvalidInputException("password", problem);
                });
        if (findByEmail(signUp.getEmail()).isPresent()) {
            throw new InvalidInputException("email", DUPLICATE_EMAIL);
        }
        Account account = new Account(signUp, hasher.hash(signUp.getPassword()), clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            // two sign-ups with the same address at the same moment: the unique key decides
            throw new InvalidInputException("email", DUPLICATE_EMAIL);
        }
        mails.sendVerification(account, issueToken(account, TokenPurpose.VERIFY_EMAIL));
    }

    /**
     * Confirms the email address the link was sent to.
     *
     * @return the confirmed address
     * @throws TokenRejectedException if the link is unknown, expired or already used
     */
    public String confirmEmail(String token) {
        AccountToken accountToken = usableToken(token, TokenPurpose.VERIFY_EMAIL);
        Instant now = clock.instant();
        accountToken.use(now);
        accountToken.getAccount().confirmEmail(now);
        return accountToken.getAccount().getEmail();
    }

    /**
     * Mails a new confirmation link if the address belongs to an unconfirmed account. Says nothing
     * about whether it does, so the form cannot tell who has an account.
     */
    public void resendConfirmation(String email) {
        findByEmail(SignUp.normaliseEmail(email))
                .filter(account -> !account.isEmailVerified() && !account.isDisabled())
                .filter(account -> !recentlyMailed(account, TokenPurpose.VERIFY_EMAIL))
                .ifPresent(account -> mails.sendVerification(account, issueToken(account, TokenPurpose.VERIFY_EMAIL)));
    }

    /**
     * Mails a single-use password-reset link if the address belongs to an account. The answer is
     * the same either way.
     */
    public void requestPasswordReset(String email) {
        findByEmail(SignUp.normaliseEmail(email))
                .filter(account -> !account.isDisabled())
                .filter(account -> !recentlyMailed(account, TokenPurpose.RESET_PASSWORD))
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
        sessionsRevoked.fire(new AccountSessionsRevoked(account.getId(), false));
    }

    Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank()) {
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
        AccountToken found = em.createNamedQuery(AccountToken.BY_DIGEST, AccountToken.class)
                .setParameter("digest", tokens.digest(token.strip()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new TokenRejectedException(TokenProblem.UNKNOWN));
        TokenProblem problem = found.problemAt(clock.instant(), purpose);
        if (problem != null) {
            throw new TokenRejectedException(problem);
        }
        return found;
    }
}
