package org.civicportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates accounts without the sign-up steps: the first administrator and demonstration data.
 * Used at start-up only; no page reaches it.
 */
@ApplicationScoped
@Transactional
public class AccountSeeding {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    /** The hash every account made by {@link #createWithUnknownPassword} shares; made on first use. */
    private volatile String unknownPasswordHash;

    /** True when at least one account holds the ADMIN role. */
    public boolean hasAdministrator() {
        return em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.ADMIN)
                .getSingleResult() > 0;
    }

    /** The first account holding the ADMIN role, if any: it decides what demonstration data needs decided. */
    public java.util.Optional<Long> anyAdministratorId() {
        return em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.id", Long.class)
                .setParameter("role", Role.ADMIN).setMaxResults(1).getResultStream().findFirst();
    }

    /** True when an account uses that address. */
    public boolean exists(String email) {
        return !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", SignUp.normaliseEmail(email))
                .getResultList().isEmpty();
    }

    /** The id of the account using that address, if any. */
    public java.util.Optional<Long> idOf(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", SignUp.normaliseEmail(email))
                .getResultStream().findFirst().map(Account::getId);
    }

    /**
     * Creates a confirmed account with the given roles.
     *
     * @param profile the person's details; {@link SignUp#getEmail()} and password are used as given
     */
    public Account createConfirmed(SignUp profile, Set<Role> roles) {
        return persistConfirmed(profile, hasher.hash(profile.getPassword()), roles);
    }

    /**
     * Creates a confirmed account nobody can log in with until a password is set for it by a reset:
     * demonstration members. They all share one Argon2id hash of one random password that is never
     * kept, so a start pays for one hash, not one per account (each costs tens of milliseconds, far
     * more while the JVM is still cold). Accounts people log in with never come from here.
     */
    public Account createWithUnknownPassword(SignUp profile, Set<Role> roles) {
        return persistConfirmed(profile, unknownPasswordHash(), roles);
    }

    private Account persistConfirmed(SignUp profile, String passwordHash, Set<Role> roles) {
        Instant now = clock.instant();
        Account account = new Account(profile, passwordHash, now);
        account.replaceRoles(EnumSet.copyOf(roles), now);
        account.confirmEmail(now);
        em.persist(account);
        em.flush(); // the caller may need the id within the same transaction
        return account;
    }

    private String unknownPasswordHash() {
        String hash = unknownPasswordHash;
        if (hash == null) {
            byte[] password = new byte[24];
            new SecureRandom().nextBytes(password);
            hash = hasher.hash(Base64.getUrlEncoder().encodeToString(password));
            unknownPasswordHash = hash;
        }
        return hash;
    }

    /**
     * Gives an existing account a new password: the demonstration logins get one generated at the
     * start that creates them, printed once.
     *
     * @return false if no account uses that address
     */
    public boolean setPassword(String email, String password) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", SignUp.normaliseEmail(email))
                .getResultStream().findFirst()
                .map(account -> {
                    account.changePasswordHash(hasher.hash(password), clock.instant());
                    return true;
                }).orElse(false);
    }
}
