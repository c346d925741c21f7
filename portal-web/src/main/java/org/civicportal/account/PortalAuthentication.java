package org.civicportal.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import org.civicportal.shared.DatabaseOutage;
import org.civicportal.shared.DatabaseOutageFilter;

/**
 * How people log in: our own form ({@code login.xhtml}) hands the credentials to
 * {@link LoginService}, which throttles before it hashes. The log-in is then kept in the HTTP
 * session ({@link SessionLogIn}: account, roles and sessions version as plain attributes) and
 * applied to each request from there, once the account's sessions version in the database shows
 * the session has not been ended meanwhile, on this node or any other. Keeping it ourselves, rather
 * than in the container's own session record, lets a role given to a logged-in person (joining a
 * provider organisation) take effect on their very next request, and keeps the session's content
 * ordinary serialisable data that the nodes replicate. A visitor who opens a protected page is sent
 * to the form and back afterwards.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.MEMBER, Role.Names.EDITOR, Role.Names.PROVIDER, Role.Names.ADMIN})
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link LoginOutcome} of an attempt, for the form's message. */
    public static final String OUTCOME = "org.civicportal.loginOutcome";

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    LoginService loginService;

    @Inject
    SessionVersions sessionVersions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return logIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        Optional<SessionLogIn.LogIn> kept = SessionLogIn.of(session);
        if (kept.isPresent()) {
            boolean current;
            try {
                current = isCurrent(kept.get());
            } catch (RuntimeException failure) {
                return unavailable(failure, request, response);
            }
            if (current) {
                return context.notifyContainerAboutLogin(Long.toString(kept.get().accountId()), kept.get().roles());
            }
            // ended by a change to the account, maybe on another node: the request goes on as a visitor's
            SessionLogIn.end(session);
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?returnTo="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus logIn(HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential credential) {
        LoginOutcome outcome = loginService.logIn(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        request.setAttribute(OUTCOME, outcome);
        if (!outcome.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // Session fixation: a session that existed before log-in must not carry it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = context.notifyContainerAboutLogin(
                Long.toString(outcome.accountId()), new HashSet<>(outcome.roles()));
        SessionLogIn.start(request.getSession(true), outcome);
        return status;
    }

    /**
     * Whether no change ended the session's log-in since it was opened: the account's sessions
     * version, read from the database on every request, since the change may have been made on
     * another node, and this session may have come from a node that died since.
     */
    private boolean isCurrent(SessionLogIn.LogIn logIn) {
        OptionalInt version = sessionVersions.current(logIn.accountId());
        return version.isPresent() && version.getAsInt() == logIn.sessionsVersion();
    }

    /**
     * The database could not be reached to check the session: the "try again" page, as the outage
     * filter answers (it cannot here, as this runs before the filters). The session is kept, to go
     * on once the database is back.
     */
    private static AuthenticationStatus unavailable(RuntimeException failure, HttpServletRequest request, HttpServletResponse response) {
        if (!DatabaseOutage.isCauseOf(failure) || response.isCommitted()) {
            throw failure;
        }
        try {
            DatabaseOutageFilter.answerUnavailable(request, response);
        } catch (IOException unsent) {
            throw new UncheckedIOException(unsent);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
