package org.civicportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The log-in an HTTP session carries: the account, the name shown in the page header, the roles,
 * and the account's sessions version it was opened under. All plain serialisable attributes, as
 * the nodes replicate sessions between them.
 * <p>
 * The version is how a session ends on any node: the sessions of an account may live on every
 * node, and move to another node when theirs dies, so no node can find and end them all when the
 * account is disabled or its password or roles change. The change raises the account's counter in
 * the database instead ({@link SessionVersions}), and {@link PortalAuthentication} compares it
 * with the session's on each request, on whichever node serves it.
 */
@ApplicationScoped
public class SessionLogIn {

    /** Session attribute: the id of the account logged in on this session. */
    public static final String ACCOUNT_ID = "org.civicportal.accountId";

    /** Session attribute: the name shown in the page header, so no page has to query it. */
    public static final String DISPLAY_NAME = "org.civicportal.displayName";

    /** Session attribute: the names of the account's roles, applied to each request of the session. */
    static final String ROLES = "org.civicportal.roles";

    /** Session attribute: the account's sessions version when the session was opened (or last kept). */
    static final String SESSIONS_VERSION = "org.civicportal.sessionsVersion";

    @Inject
    HttpServletRequest currentRequest;

    /** Who is logged in on a session, with which roles, under which sessions version. */
    public record LogIn(long accountId, Set<String> roles, int sessionsVersion) {
    }

    /** Records a successful log-in on this session. */
    static void start(HttpSession session, LoginOutcome outcome) {
        session.setAttribute(ACCOUNT_ID, outcome.accountId());
        session.setAttribute(DISPLAY_NAME, outcome.fullName());
        session.setAttribute(ROLES, new HashSet<>(outcome.roles()));
        session.setAttribute(SESSIONS_VERSION, outcome.sessionsVersion());
    }

    /** The log-in a session carries, if any. */
    static Optional<LogIn> of(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            if (session.getAttribute(ACCOUNT_ID) instanceof Long id && session.getAttribute(ROLES) instanceof Set<?> roles
                    && session.getAttribute(SESSIONS_VERSION) instanceof Integer version) {
                return Optional.of(new LogIn(id, roles.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet()), version));
            }
        } catch (IllegalStateException ended) {
            // invalidated while this request was on its way: nobody is logged in on it
        }
        return Optional.empty();
    }

    /** Ends a session whose log-in is out of date. */
    static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // another request of the same session ended it first
        }
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

    /**
     * The account's sessions ended, but the one that asked for it stays (a person changing their own
     * password, or joining an organisation): it remembers the new version, so the check on its next
     * request finds it current. Only a session that was current until this change moves on; one
     * already out of date (ended by another change meanwhile) stays out of date and ends.
     */
    void onRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountSessionsRevoked revoked) {
        if (!revoked.keepCurrent()) {
            return;
        }
        HttpSession session = currentSession();
        of(session).filter(logIn -> logIn.accountId() == revoked.accountId() && logIn.sessionsVersion() == revoked.sessionsVersion() - 1)
                .ifPresent(current -> session.setAttribute(SESSIONS_VERSION, revoked.sessionsVersion()));
    }

    private HttpSession currentSession() {
        try {
            return currentRequest.getSession(false);
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
