package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void eightCharactersAreEnoughAndSevenAreNot() {
        assertEquals(Optional.of("Use at least 8 characters."), policy.problemWith("tr7#kq2", "a@b.example"));
        assertEquals(Optional.empty(), policy.problemWith("tr7#kq2z", "a@b.example"));
    }

    @Test
    void oneHundredTwentyEightCharactersAreAllowedAndMoreAreNot() {
        assertEquals(Optional.empty(), policy.problemWith("w".repeat(120) + "ord list", "a@b.example"));
        assertEquals(Optional.of("Use at most 128 characters."), policy.problemWith("w".repeat(129), "a@b.example"));
    }

    @Test
    void charactersAreCountedNotBytesOrCodeUnits() {
        assertEquals(Optional.empty(), policy.problemWith("🔑🔑🔑🔑🔑🔑🔑🔑", "a@b.example"), "8 emoji are 8 characters");
        assertEquals(Optional.of("Use at least 8 characters."), policy.problemWith("🔑🔑🔑🔑", "a@b.example"));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"password1", "Password123", "QWERTY123", "iloveyou1", "sunshine1"}) {
            assertTrue(policy.problemWith(common, "a@b.example").orElse("").contains("too common"), common);
        }
    }

    @Test
    void noCompositionRules() {
        assertEquals(Optional.empty(), policy.problemWith("ferns along the river", "a@b.example"), "lower-case words only");
    }

    @Test
    void thePersonsOwnAddressIsRefused() {
        assertEquals(Optional.of("Your password must not be your email address."),
                policy.problemWith("Chief.Manager@Town.example", "chief.manager@town.example"));
        assertEquals(Optional.of("Your password must not be your email address."),
                policy.problemWith("chief.manager", "chief.manager@town.example"));
    }

    @Test
    void aMissingPasswordIsAskedFor() {
        assertEquals(Optional.of("Enter a password."), policy.problemWith(null, "a@b.example"));
        assertEquals(Optional.of("Enter a password."), policy.problemWith("   ", "a@b.example"));
    }
}
