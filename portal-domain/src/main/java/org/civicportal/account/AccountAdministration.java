package org.civicportal.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.civicportal.shared.Caller;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.SearchText;

/** What administrators do with accounts: find them, change their roles, disable them. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AccountAdministration {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SessionVersions sessionVersions;

    /**
     * Accounts whose email, name or jurisdiction contains the text (all when blank), by name,
     * one page at a time. Roles come in one extra query for the whole page, not one per row.
     */
    public List<Account> search(String text, int first, int pageSize) {
        List<Account> page = em.createNamedQuery(Account.SEARCH, Account.class)
                .setParameter("text", SearchText.containsPattern(text))
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        page.forEach(Account::getRoles);
        return page;
    }

    /** How many accounts {@link #search} pages through. */
    public long count(String text) {
        return em.createNamedQuery(Account.SEARCH_COUNT, Long.class)
                .setParameter("text", SearchText.containsPattern(text))
                .getSingleResult();
    }

    /** One account, with its roles. */
    public Account find(long accountId) {
        Account account = existing(accountId);
        account.getRoles();
        return account;
    }

    /**
     * Replaces an account's roles. Its sessions end, so the change applies at once.
     *
     * @throws InvalidInputException if no role is chosen, or administrators would remove their own
     *                               ADMIN role (the portal must never be left without one by accident)
     */
    public void changeRoles(long accountId, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "Choose at least one role.");
        }
        if (accountId == callerId() && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "You cannot remove your own administrator role."
                    + " Ask another administrator to do it.");
        }
        Account account = existing(accountId);
        account.replaceRoles(EnumSet.copyOf(roles), clock.instant());
        // the simplest rule that is right on every node: they log in again, and get the new roles
        sessionVersions.endSessions(account, false);
    }

    /**
     * Disables an account: it can no longer log in and its open sessions end now.
     *
     * @throws InvalidInputException for the caller's own account
     */
    public void disable(long accountId) {
        if (accountId == callerId()) {
            throw new InvalidInputException("account", "You cannot disable your own account.");
        }
        Account account = existing(accountId);
        account.disable(clock.instant());
        sessionVersions.endSessions(account, false);
    }

    /** Lets a disabled account log in again. */
    public void enable(long accountId) {
        existing(accountId).enable(clock.instant());
    }

    private Account existing(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new InvalidInputException("account", "That account no longer exists.");
        }
        return account;
    }

    private long callerId() {
        return Caller.accountId(context);
    }

}
