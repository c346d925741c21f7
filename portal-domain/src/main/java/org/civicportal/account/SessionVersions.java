package org.civicportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * How an account's log-in sessions end on every node at once. The portal runs as several nodes
 * sharing replicated HTTP sessions: any node may serve a session, and a node that dies leaves its
 * sessions to the others, so no node holds a list of an account's sessions it could end. Instead
 * each account carries a counter, raised in the same transaction as the change that ends its
 * sessions (disabled, password reset or changed, roles changed); a session remembers the value it
 * was opened under, and whichever node serves its next request compares the two.
 */
@ApplicationScoped
public class SessionVersions {

    private static final Logger LOG = Logger.getLogger(SessionVersions.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccountSessionsRevoked> sessionsRevoked;

    /**
     * Ends the account's sessions when the caller's transaction commits.
     *
     * @param keepCurrent true to keep the session of this request (a person changing their own
     *                    password stays logged in there): the web layer moves it to the new value
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void endSessions(Account account, boolean keepCurrent) {
        int version = account.endSessions();
        sessionsRevoked.fire(new AccountSessionsRevoked(account.getId(), keepCurrent, version));
        LOG.info(() -> "Sessions of account " + account.getId() + " end" + (keepCurrent ? ", but the current one" : ""));
    }

    /**
     * The account's counter now, read on every request of a logged-in session: one column by
     * primary key, not the whole account. Empty if the account no longer exists.
     */
    public OptionalInt current(long accountId) {
        return em.createNamedQuery(Account.SESSIONS_VERSION, Integer.class)
                .setParameter("id", accountId)
                .getResultStream()
                .mapToInt(Integer::intValue)
                .findFirst();
    }
}
