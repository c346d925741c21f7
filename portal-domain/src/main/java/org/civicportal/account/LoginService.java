package org.civicportal.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import org.civicportal.shared.EmailAddress;

/** Checks a log-in. Called by the web layer's authentication mechanism, never by pages directly. */
@Stateless
public class LoginService {

    /** Longer input is refused before hashing, so nobody can make the server hash megabytes. */
    static final int MAX_PASSWORD_INPUT = 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordHasher hasher;

    @Inject
    java.time.Clock clock;

    /**
     * Checks an email address and password. The throttle is consulted before any hash is computed,
     * so repeated guessing costs the attacker time and the server nothing.
     *
     * @param clientAddress the address the attempt comes from, for the per-address limit
     */
    public LoginOutcome logIn(String email, String password, String clientAddress) {
        String address = SignUp.normaliseEmail(email);
        if (address == null || address.isEmpty() || address.length() > EmailAddress.MAX_LENGTH
                || password == null || password.isEmpty() || password.length() > MAX_PASSWORD_INPUT) {
            return LoginOutcome.of(LoginOutcome.Status.INVALID);
        }
        Optional<Duration> networkWait = throttle.addressWait(clientAddress);
        if (networkWait.isPresent()) {
            return LoginOutcome.throttled(networkWait.get());
        }
        // The allowance belongs to the account found, not to the typed text: every spelling that
        // reaches this account draws on the same allowance. A cheap indexed read, before any hash.
        Optional<Account> found = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", address)
                .getResultStream()
                .findFirst();
        Optional<Duration> wait = throttle.tryAttempt(found.map(Account::getId).orElse(null), clientAddress);
        if (wait.isPresent()) {
            return LoginOutcome.throttled(wait.get());
        }
        if (found.isEmpty()) {
            // same work as a wrong password, so the response time does not reveal who has an account
            hasher.verifyAgainstDummy(password);
            return LoginOutcome.of(LoginOutcome.Status.INVALID);
        }
        Account account = found.get();
        if (!hasher.verify(password, account.getPasswordHash())) {
            return LoginOutcome.of(LoginOutcome.Status.INVALID);
        }
        throttle.succeeded(account.getId(), clientAddress);
        if (account.isDisabled()) {
            return LoginOutcome.of(LoginOutcome.Status.DISABLED);
        }
        if (!account.isEmailVerified()) {
            return LoginOutcome.of(LoginOutcome.Status.UNVERIFIED);
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            // hashes made with weaker, older parameters are upgraded while the password is at hand
            account.changePasswordHash(hasher.hash(password), clock.instant());
        }
        return LoginOutcome.success(account);
    }
}
