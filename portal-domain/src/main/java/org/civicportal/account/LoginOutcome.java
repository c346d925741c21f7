package org.civicportal.account;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer to a log-in attempt. Unknown address and wrong password are one outcome,
 * {@link Status#INVALID}, so the form never tells who has an account. A successful one carries the
 * account's sessions version, which the new session remembers (see {@link SessionVersions}).
 */
public record LoginOutcome(Status status, Long accountId, String fullName, Set<String> roles, Duration retryAfter,
                           int sessionsVersion) {

    /** What happened. */
    public enum Status {
        SUCCESS, INVALID, THROTTLED, UNVERIFIED, DISABLED
    }

    static LoginOutcome success(Account account) {
        Set<String> roleNames = account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new LoginOutcome(Status.SUCCESS, account.getId(), account.getFullName(), roleNames, null, account.getSessionsVersion());
    }

    /** An outcome that carries no account. */
    public static LoginOutcome of(Status status) {
        return new LoginOutcome(status, null, null, Set.of(), null, 0);
    }

    static LoginOutcome throttled(Duration retryAfter) {
        return new LoginOutcome(Status.THROTTLED, null, null, Set.of(), retryAfter, 0);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    /** What the log-in form tells the person, in plain words. */
    public String message() {
        return switch (status) {
            case SUCCESS -> "You are logged in.";
            case INVALID -> "The email address or password is not right. Check both and try again.";
            case THROTTLED -> "Too many attempts. For your account's safety, wait " + readable(retryAfter)
                    + " before trying again, or reset your password.";
            case UNVERIFIED -> "Confirm your email address first: open the link we sent you when you signed up."
                    + " You can ask for a new link below.";
            case DISABLED -> "This account has been disabled. Contact the association if you think this is a mistake.";
        };
    }

    private static String readable(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
