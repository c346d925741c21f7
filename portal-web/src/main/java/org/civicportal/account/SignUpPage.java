package org.civicportal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The sign-up form ({@code signup.xhtml}); a stateless view, so visiting it creates no session. */
@Named
@RequestScoped
public class SignUpPage {

    static final String FORM = "signup";

    @Inject
    AccountService accountService;

    private final SignUp form = new SignUp();
    private boolean submitted;

    /**
     * Creates the account and mails the confirmation link, or shows what to correct: the service
     * names every wrong field at once, and the form comes back with what was typed, the password too
     * (its field redisplays it).
     */
    public void signUp() {
        accountService.signUp(form, ClientAddress.ofCurrentRequest());
        submitted = true;
        form.setPassword(null);
    }

    /**
     * Before the form renders: a form sent back with its errors holds the typed password, so that
     * response must not be stored by the browser or any cache (the empty form on GET may be).
     */
    public void beforeRender() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            faces.getExternalContext().setResponseHeader("Cache-Control", "no-store");
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
