package org.civicportal.marketplace;

/**
 * Who may take a user off an organisation: a colleague, never themselves (they ask a colleague,
 * so nobody locks an organisation out by a slip) and never its last user (an organisation always has
 * someone to act for it); an administrator may remove anyone, the last user included.
 */
public final class TeamPolicy {

    private TeamPolicy() {
    }

    /**
     * @param byAdministrator true when an administrator asks, false when a user of the organisation does
     * @param self            true when the user asking is the one to be removed
     * @param users           how many users the organisation has now
     */
    public static ProviderVerdict mayRemove(boolean byAdministrator, boolean self, long users) {
        if (byAdministrator) {
            return ProviderVerdict.yes();
        }
        if (self) {
            return ProviderVerdict.no("You cannot remove yourself. Ask a colleague to remove you.");
        }
        if (users <= 1) {
            return ProviderVerdict.no("An organisation keeps at least one user.");
        }
        return ProviderVerdict.yes();
    }
}
