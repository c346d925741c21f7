package org.civicportal.shared;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for what counts as an email address in the portal, used by sign-up, invitations
 * and attendance lists alike.
 *
 * <p>The length is checked before anything reads the characters, and the address is then parsed
 * by {@link InternetAddress} in strict mode, a hand-written scanner that runs in linear time: no
 * regular expression ever sees what a person typed, so a hostile megabyte costs microseconds.
 * On top of RFC 822 syntax we ask for what a real mailbox has: a domain with a dot, no display
 * name, no quoted local part, no address literal.
 */
public final class EmailAddress {

    /** The longest address SMTP can carry (RFC 5321, 4.5.3.1.3 with RFC 3696 erratum 1690). */
    public static final int MAX_LENGTH = 254;

    /** The message for anything that is not an address. */
    public static final String MALFORMED = "Enter an email address like name@example.org.";

    private EmailAddress() {
    }

    /**
     * The one normalisation of a typed address: surrounding blanks removed, Unicode composed
     * (NFC) and in lower case, so that one mailbox is one key everywhere (the database compares
     * addresses byte for byte).
     */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        if (typed.length() > MAX_LENGTH * 4) {
            // far too long to be an address: keep it as it is (cheaply) so the check refuses it
            return typed;
        }
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The normalised address, or empty when the text is not an address a person could receive mail at. */
    public static Optional<String> parse(String typed) {
        if (typed == null || typed.length() > MAX_LENGTH * 4) {
            return Optional.empty();
        }
        String address = normalise(typed);
        return isWellFormed(address) ? Optional.of(address) : Optional.empty();
    }

    /** True when the (already normalised) text is one plain address of at most {@link #MAX_LENGTH} characters. */
    public static boolean isWellFormed(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '"' || c == '<' || c == '(' || c == '[' || c == ',') {
                return false;
            }
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            int at = address.lastIndexOf('@');
            String domain = address.substring(at + 1);
            return parsed.getPersonal() == null && address.equals(parsed.getAddress())
                    && at > 0 && domain.indexOf('.') > 0 && !domain.endsWith(".");
        } catch (AddressException notAnAddress) {
            return false;
        }
    }
}
