package org.civicportal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.shared.FieldMessages;

/** The sign-up form ({@code signup.xhtml}); a stateless view, so visiting it creates no session. */
@Named
@RequestScoped
public class SignUpPage {

    static final String FORM = "signup";

    @Inject
    AccountService accountService;

    private final SignUp form = new SignUp();
    private boolean submitted;

    /** Creates the account and mails the confirmation link, or shows what to correct. */
    public void signUp() {
        try {
            accountService.signUp(form, ClientAddress.ofCurrentRequest());
            submitted = true;
        } finally {
            form.setPassword(null);
        }
    }

    public SignUp getForm() {
        return form;
    }

    /** True once the request is accepted: a link is on its way to the address (or a note to its owner). */
    public boolean isSubmitted() {
        return submitted;
    }
}
