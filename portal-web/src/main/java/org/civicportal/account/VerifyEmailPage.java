package org.civicportal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.FieldMessages;

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
        if (LoginPage.overlong(email, EmailAddress.MAX_LENGTH)) {
            // checked before anything reads it, and kept out of the message below
            FieldMessages.error(EmailAddress.MALFORMED);
            return;
        }
        accountService.resendConfirmation(email);
        FieldMessages.info("If " + email + " belongs to an account that is not confirmed yet, a new link is on its way.");
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
