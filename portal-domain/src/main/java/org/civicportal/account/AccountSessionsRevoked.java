package org.civicportal.account;

/**
 * An account's log-in sessions must end: it was disabled, its roles changed or its password
 * was reset. The web layer, which knows the sessions, observes this.
 *
 * @param accountId   whose sessions end
 * @param keepCurrent true to keep the session of the request that caused it (a person changing
 *                    their own password stays logged in there, and only there)
 */
public record AccountSessionsRevoked(long accountId, boolean keepCurrent) {
}
