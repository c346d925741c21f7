package org.civicportal.membership;

/**
 * Whether a person may join (or renew) now, and if not, why in plain words.
 *
 * @param allowed true if the button would work
 * @param reason  the words shown when it would not; null when allowed
 */
public record MembershipVerdict(boolean allowed, String reason) {

    static MembershipVerdict yes() {
        return new MembershipVerdict(true, null);
    }

    static MembershipVerdict no(String reason) {
        return new MembershipVerdict(false, reason);
    }
}
