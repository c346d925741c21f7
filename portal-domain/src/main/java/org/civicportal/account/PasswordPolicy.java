package org.civicportal.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B, OWASP ASVS 5): long enough, not absurdly long, not
 * on a list of common passwords, not the person's own address. No composition rules: they make
 * passwords harder to remember, not to guess.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    static final String LIST = "/org/civicportal/account/common-passwords.txt";

    private volatile Set<String> common;

    /** Why the password is not acceptable, in plain words, or empty if it is. */
    public Optional<String> problemWith(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of("Enter a password.");
        }
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        if (commonPasswords().contains(lower)) {
            return Optional.of("This password is too common and easy to guess. Choose another; a short phrase works well.");
        }
        if (email != null && !email.isBlank()) {
            String address = email.strip().toLowerCase(Locale.ROOT);
            String localPart = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.equals(address) || lower.equals(localPart)) {
                return Optional.of("Your password must not be your email address.");
            }
        }
        return Optional.empty();
    }

    private Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            synchronized (this) {
                loaded = common;
                if (loaded == null) {
                    loaded = load();
                    common = loaded;
                }
            }
        }
        return loaded;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty()) {
                    passwords.add(Normalizer.normalize(entry, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
