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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;

/**
 * How people log in: our own form ({@code login.xhtml}) hands the credentials to
 * {@link LoginService}, which throttles before it hashes. The log-in is then kept in the HTTP
 * session by {@link ActiveSessions} (account and roles as plain attributes) and applied to each
 * request from there. Keeping it ourselves, rather than in the container's own session record, lets
 * a role given to a logged-in person (joining a provider organisation) take effect on their very
 * next request, and keeps the session's content ordinary serialisable data. A visitor who opens a
 * protected page is sent to the form and back afterwards.
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
    ActiveSessions activeSessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            LoginOutcome outcome = loginService.logIn(credential.getCaller(), credential.getPasswordAsString(),
                    request.getRemoteAddr());
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
            activeSessions.register(request.getSession(true), outcome.accountId(), outcome.fullName(), outcome.roles());
            return status;
        }
        Optional<ActiveSessions.LogIn> kept = ActiveSessions.logInOf(request.getSession(false));
        if (kept.isPresent()) {
            return context.notifyContainerAboutLogin(Long.toString(kept.get().accountId()), kept.get().roles());
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?returnTo="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
