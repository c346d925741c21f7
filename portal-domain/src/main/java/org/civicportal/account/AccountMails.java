package org.civicportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.mail.Mailer;

/** The messages the account feature sends, in plain words. */
@ApplicationScoped
public class AccountMails {

    /** Page a verification link opens. */
    public static final String VERIFY_PAGE = "account/verify.xhtml";
    /** Page a password-reset link opens. */
    public static final String RESET_PAGE = "account/reset-password.xhtml";

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    void sendVerification(Account account, String token) {
        String link = settings.link(VERIFY_PAGE + "?token=" + encode(token));
        mailer.send(account.getEmail(), "Confirm your email address for " + settings.portalName(),
                "Hello " + account.getFullName() + ",\n\n"
                + "Thank you for signing up. To confirm that this is your email address, open this link:\n\n"
                + link + "\n\n"
                + "The link works once, for " + TokenPurpose.VERIFY_EMAIL.lifetime().toHours() + " hours.\n"
                + "If you did not sign up, ignore this message: no account will be active without it.\n");
    }

    void sendPasswordReset(Account account, String token) {
        String link = settings.link(RESET_PAGE + "?token=" + encode(token));
        mailer.send(account.getEmail(), "Reset your " + settings.portalName() + " password",
                "Hello " + account.getFullName() + ",\n\n"
                + "Someone asked to reset the password of your account. To choose a new password, open this link:\n\n"
                + link + "\n\n"
                + "The link works once, for " + TokenPurpose.RESET_PASSWORD.lifetime().toMinutes() + " minutes.\n"
                + "If you did not ask for this, ignore this message: your password stays as it is.\n");
    }

    void sendSignUpAttempt(Account account) {
        mailer.send(account.getEmail(), "Someone tried to sign up to " + settings.portalName() + " with your address",
                "Hello " + account.getFullName() + ",\n\n"
                + "Someone just tried to create an account with this email address, which already has an account.\n"
                + "No new account was created and nothing was changed.\n\n"
                + "If it was you, log in here:\n" + settings.link("login.xhtml") + "\n\n"
                + "If you forgot your password, you can choose a new one here:\n"
                + settings.link("account/forgot-password.xhtml") + "\n\n"
                + "If it was not you, you can ignore this message.\n");
    }

    void sendPasswordChanged(Account account) {
        mailer.send(account.getEmail(), "Your " + settings.portalName() + " password was changed",
                "Hello " + account.getFullName() + ",\n\n"
                + "The password of your account was just changed, and your other log-in sessions were ended.\n"
                + "If this was not you, reset your password now at " + settings.link("account/forgot-password.xhtml")
                + " and tell the association.\n");
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
