package org.civicportal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/** The log-in form ({@code login.xhtml}). */
@Named
@RequestScoped
public class LoginPage {

    /** Where people land after logging in when they were not on their way elsewhere: their overview. */
    static final String AFTER_LOGIN = "/account/dashboard.xhtml";

    /** The client id of the "new confirmation link" button. */
    static final String RESEND_BUTTON = "login:resend";

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accountService;

    /** Longer than any password the portal accepts: refused before it reaches the log-in service. */
    static final int MAX_PASSWORD_LENGTH = 1024;

    private String email;
    private String password;
    private String returnTo;
    private boolean unconfirmed;

    /** Checks the credentials and, if right, continues where the person was going. */
    public void logIn() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (overlong(email, EmailAddress.MAX_LENGTH) || overlong(password, MAX_PASSWORD_LENGTH)) {
            // no account has such an address or password: the usual answer, without any work
            password = null;
            FieldMessages.error(LoginOutcome.of(LoginOutcome.Status.INVALID).message());
            return;
        }
        if (request.getUserPrincipal() != null) {
            // someone is logged in on this browser already: a log-in replaces them, and the container
            // would otherwise keep the current log-in without asking the authentication mechanism
            request.logout();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeReturnPath());
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            LoginOutcome outcome = (LoginOutcome) request.getAttribute(PortalAuthentication.OUTCOME);
            FieldMessages.error(outcome == null ? LoginOutcome.of(LoginOutcome.Status.INVALID).message() : outcome.message());
            unconfirmed = outcome != null && outcome.status() == LoginOutcome.Status.UNVERIFIED;
        }
    }

    /** Mails a new confirmation link to the address in the form. */
    public void resendConfirmation() {
        if (overlong(email, EmailAddress.MAX_LENGTH)) {
            FieldMessages.error(EmailAddress.MALFORMED);
            return;
        }
        try {
            accountService.resendConfirmation(email, ClientAddress.ofCurrentRequest());
            FieldMessages.info("If " + email + " belongs to an account that is not confirmed yet, a new link is on its way.");
        } catch (InvalidInputException problems) {
            problems.problems().values().forEach(FieldMessages::error);
        }
        unconfirmed = false;
    }

    /**
     * Where to go after logging in: the page the person asked for, if it is a page of this portal;
     * anything else (another site, a protocol-relative URL) is ignored to prevent open redirects.
     */
    String safeReturnPath() {
        if (returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
                && !returnTo.contains("\r") && !returnTo.contains("\n") && !returnTo.startsWith(PortalAuthentication.LOGIN_PAGE)) {
            return returnTo;
        }
        return AFTER_LOGIN;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The page asked for before log-in: from the query string at first, then from the form. */
    public String getReturnTo() {
        if (returnTo == null) {
            returnTo = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("returnTo");
        }
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    /**
     * True after a right password for an account whose email is not confirmed yet, and while the
     * "new link" button's own postback is processed: the view is stateless, so it is rebuilt from
     * the page on the postback, and a button that is not rendered then is never decoded and its
     * action never runs.
     */
    public boolean isUnconfirmed() {
        return unconfirmed || (FacesContext.getCurrentInstance().getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE
                && ClientAddress.isPostbackOf(RESEND_BUTTON));
    }

    /** Length is checked before anything else reads the text (it also keeps huge text out of messages). */
    static boolean overlong(String text, int max) {
        return text != null && text.length() > max;
    }
}
