package org.civicportal.account;

/**
 * A role given to an account on its own request (a person joining a provider organisation): the
 * session they asked from acts with it at once, while their other sessions end.
 */
public record AccountRoleGranted(long accountId, Role role) {
}
