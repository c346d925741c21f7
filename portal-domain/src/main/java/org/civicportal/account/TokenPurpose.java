package org.civicportal.account;

import java.time.Duration;

/** Why a single-use link was mailed, and how long it works. */
public enum TokenPurpose {
    /** Confirms that the person owns the address they signed up with. */
    VERIFY_EMAIL(Duration.ofHours(48)),
    /** Lets a person who forgot their password choose a new one; short-lived, as it grants access. */
    RESET_PASSWORD(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
