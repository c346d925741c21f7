package org.civicportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * One role given or taken by another feature's rule (the marketplace gives PROVIDER to the people of
 * an approved organisation), inside that feature's transaction. The account's sessions end when its
 * roles change, as they do when an administrator changes them, so the change applies at once; the
 * one session that asked for a role itself keeps going, with the role.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountRoles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SessionVersions sessionVersions;

    @Inject
    Event<AccountRoleGranted> roleGranted;

    /**
     * Gives the account the role if it lacks it.
     *
     * @param keepCurrentSession true when the account itself asked for the change on this request:
     *                           that session stays, and acts with the role from its next request
     */
    public void grant(long accountId, Role role, boolean keepCurrentSession) {
        Account account = em.find(Account.class, accountId);
        if (account != null && account.addRole(role, clock.instant())) {
            sessionVersions.endSessions(account, keepCurrentSession);
            if (keepCurrentSession) {
                roleGranted.fire(new AccountRoleGranted(accountId, role));
            }
        }
    }

    /** Takes the role away if the account holds it; its sessions end, so it cannot act with it any more. */
    public void withdraw(long accountId, Role role) {
        Account account = em.find(Account.class, accountId);
        if (account != null && account.removeRole(role, clock.instant())) {
            sessionVersions.endSessions(account, false);
        }
    }
}
