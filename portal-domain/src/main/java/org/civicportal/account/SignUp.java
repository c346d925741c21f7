package org.civicportal.account;

import jakarta.validation.constraints.NotBlank;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.ValidEmail;

/** A sign-up form: the profile plus the email address and password to log in with. */
public class SignUp extends ProfileDetails {

    private static final long serialVersionUID = 1L;

    /** Message shown for any malformed address. */
    public static final String MALFORMED_EMAIL = EmailAddress.MALFORMED;

    @NotBlank(message = "Enter your email address.")
    @ValidEmail
    private String email;

    // the password rules need the email as well, so PasswordPolicy checks them in the service
    private String password;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = normaliseEmail(email);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Addresses are kept in one normal form, so one person cannot hold two accounts. */
    public static String normaliseEmail(String email) {
        return EmailAddress.normalise(email);
    }
}
