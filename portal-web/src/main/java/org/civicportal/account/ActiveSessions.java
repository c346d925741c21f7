package org.civicportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The open log-in sessions of each account on this server, so that disabling an account or
 * resetting its password ends them at once rather than when they time out.
 */
@ApplicationScoped
public class ActiveSessions {

    /** Session attribute: the id of the account logged in on this session. */
    public static final String ACCOUNT_ID = "org.civicportal.accountId";

    private static final Logger LOG = Logger.getLogger(ActiveSessions.class.getName());

    private final Map<Long, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    @Inject
    HttpServletRequest currentRequest;

    /** Session attribute: the name shown in the page header, so no page has to query it. */
    public static final String DISPLAY_NAME = "org.civicportal.displayName";

    /** Session attribute: the names of the account's roles, applied to each request of the session. */
    static final String ROLES = "org.civicportal.roles";

    /** Who is logged in on a session, with which roles. */
    public record LogIn(long accountId, Set<String> roles) {
    }

    /** Records that the account logged in on this session, with these roles. */
    public void register(HttpSession session, long accountId, String displayName, Set<String> roles) {
        session.setAttribute(ACCOUNT_ID, accountId);
        session.setAttribute(DISPLAY_NAME, displayName);
        session.setAttribute(ROLES, new HashSet<>(roles));
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** The log-in a session carries, if any. */
    static Optional<LogIn> logInOf(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            if (session.getAttribute(ACCOUNT_ID) instanceof Long id && session.getAttribute(ROLES) instanceof Set<?> roles) {
                return Optional.of(new LogIn(id, roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet())));
            }
        } catch (IllegalStateException ended) {
            // invalidated while this request was on its way: nobody is logged in on it
        }
        return Optional.empty();
    }

    /**
     * A role given to the account on its own request (joining an organisation): this session acts
     * with it from the next request. Only once the change is committed, so a rolled-back join gives nothing.
     */
    void onRolesGranted(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountRoleGranted granted) {
        HttpSession session = currentSession();
        if (session != null && Long.valueOf(granted.accountId()).equals(session.getAttribute(ACCOUNT_ID))
                && session.getAttribute(ROLES) instanceof Set<?> roles) {
            Set<String> more = new HashSet<>();
            roles.forEach(role -> more.add(String.valueOf(role)));
            more.add(granted.role().name());
            session.setAttribute(ROLES, more);
        }
    }

    /** Forgets a session that ended (log-out or time-out). */
    public void forget(HttpSession session) {
        Object accountId = session.getAttribute(ACCOUNT_ID);
        if (accountId instanceof Long id) {
            byAccount.computeIfPresent(id, (key, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** How many sessions the account has open now. */
    public int count(long accountId) {
        return byAccount.getOrDefault(accountId, Set.of()).size();
    }

    void onRevoked(@Observes AccountSessionsRevoked revoked) {
        Set<HttpSession> sessions = byAccount.remove(revoked.accountId());
        if (sessions == null) {
            return;
        }
        HttpSession keep = revoked.keepCurrent() ? currentSession() : null;
        for (HttpSession session : sessions) {
            if (keep != null && session.getId().equals(keep.getId())) {
                byAccount.computeIfAbsent(revoked.accountId(), id -> ConcurrentHashMap.newKeySet()).add(session);
                continue;
            }
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // it timed out meanwhile: nothing left to end
            }
        }
        LOG.info(() -> "Ended the sessions of account " + revoked.accountId());
    }

    private HttpSession currentSession() {
        try {
            return currentRequest.getSession(false);
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
