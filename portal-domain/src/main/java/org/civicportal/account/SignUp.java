package org.civicportal.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A sign-up form: the profile plus the email address and password to log in with. */
public class SignUp extends ProfileDetails {

    private static final long serialVersionUID = 1L;

    /** Message shown for any malformed address. */
    public static final String MALFORMED_EMAIL = "Enter an email address like name@example.org.";

    @NotBlank(message = "Enter your email address.")
    @Size(max = 254, message = "An email address has at most 254 characters.")
    @Email(message = MALFORMED_EMAIL)
    // @Email alone accepts "name@localhost"; people sign up with addresses that have a domain
    @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = MALFORMED_EMAIL)
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

    /** Addresses are kept trimmed and in lower case, so one person cannot hold two accounts. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
