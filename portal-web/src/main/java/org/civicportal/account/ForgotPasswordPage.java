package org.civicportal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.FieldMessages;

/** Asks for a password-reset link ({@code account/forgot-password.xhtml}). */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @Inject
    AccountService accountService;

    @Size(max = EmailAddress.MAX_LENGTH, message = EmailAddress.MALFORMED)
    private String email;
    private boolean sent;

    /** Mails the link if the address has an account; the page says the same either way. */
    public void send() {
        accountService.requestPasswordReset(email, ClientAddress.ofCurrentRequest());
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
