package org.civicportal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.civicportal.shared.FieldMessages;

/** Chooses a new password with a mailed link ({@code account/reset-password.xhtml}). */
@Named
@RequestScoped
public class ResetPasswordPage {

    static final String FORM = "reset";

    @Inject
    AccountService accountService;

    private String token;
    @Size(max = 1024, message = "Use at most 1,024 characters.")
    private String password;
    private TokenProblem problem;
    private boolean done;

    /** On opening the page: tells at once if the link cannot be used, without using it. */
    public void checkToken() {
        try {
            accountService.checkPasswordResetToken(token);
        } catch (TokenRejectedException rejected) {
            problem = rejected.problem();
        }
    }

    /** Sets the new password. */
    public void reset() {
        try {
            accountService.resetPassword(token, password);
            done = true;
        } catch (TokenRejectedException rejected) {
            problem = rejected.problem();
        } finally {
            password = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public TokenProblem getProblem() {
        return problem;
    }

    public boolean isDone() {
        return done;
    }
}
