package org.civicportal.account;

/**
 * An account's log-in sessions end: it was disabled, its roles changed or its password was reset.
 * Fired by {@link SessionVersions} once it has raised the account's counter, which is what ends
 * the sessions, on every node; the web layer observes this to keep the current session when asked.
 *
 * @param accountId       whose sessions end
 * @param keepCurrent     true to keep the session of the request that caused it (a person changing
 *                        their own password stays logged in there, and only there)
 * @param sessionsVersion the account's counter after the change: a session kept must remember it
 */
public record AccountSessionsRevoked(long accountId, boolean keepCurrent, int sessionsVersion) {
}
