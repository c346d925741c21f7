package org.civicportal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.InvalidInputException;

/**
 * Where the confirmation link leads ({@code account/verify.xhtml}). Opening the link changes
 * nothing: the person presses a button (a POST), so mail scanners that follow links cannot
 * confirm an address on someone's behalf.
 */
@Named
@RequestScoped
public class VerifyEmailPage {

    @Inject
    AccountService accountService;

    private String token;
    private String confirmedEmail;
    private TokenProblem problem;
    private String email;
    private boolean resent;

    /** The id of the form that asks for a new link. */
    static final String RESEND_FORM = "resend";

    /** Uses the link. */
    public void confirm() {
        try {
            confirmedEmail = accountService.confirmEmail(token);
        } catch (TokenRejectedException rejected) {
            problem = rejected.problem();
        }
    }

    /** Mails a new link. */
    public void resend() {
        resent = true;
        if (LoginPage.overlong(email, EmailAddress.MAX_LENGTH)) {
            // checked before anything reads it, and kept out of the message below
            FieldMessages.error(EmailAddress.MALFORMED);
            return;
        }
        try {
            accountService.resendConfirmation(email, ClientAddress.ofCurrentRequest());
            FieldMessages.info("If " + email + " belongs to an account that is not confirmed yet, a new link is on its way.");
        } catch (InvalidInputException problems) {
            problems.problems().values().forEach(FieldMessages::error);
        }
    }

    /**
     * True when the "new link" form shows: after a link was refused, and on that form's own
     * postback. The view is stateless, so on the postback it is rebuilt from the page, and a form
     * that is not rendered then is never decoded and its button's action never runs.
     */
    public boolean isResendShown() {
        return (problem != null && !isAlreadyConfirmed()) || resent || ClientAddress.isPostbackOf(RESEND_FORM);
    }

    /** True when the link was used up but its address is confirmed: the way on is to log in, not a new link. */
    public boolean isAlreadyConfirmed() {
        return problem == TokenProblem.ALREADY_CONFIRMED;
    }

    /** True when the confirmation button shows: a link to use, and nothing else happened yet. */
    public boolean isConfirmShown() {
        return confirmedEmail == null && !isResendShown();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getConfirmedEmail() {
        return confirmedEmail;
    }

    public TokenProblem getProblem() {
        return problem;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
