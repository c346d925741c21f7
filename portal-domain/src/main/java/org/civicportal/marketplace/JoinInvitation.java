package org.civicportal.marketplace;

import java.io.Serializable;

/** An invitation as its page shows it, before it is accepted: whose, from whom, for which address, and why it cannot be used (null if it can). */
public final class JoinInvitation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String organisationName;
    private final String invitedBy;
    private final String email;
    private final String problem;

    JoinInvitation(String organisationName, String invitedBy, String email, String problem) {
        this.organisationName = organisationName;
        this.invitedBy = invitedBy;
        this.email = email;
        this.problem = problem;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public String getEmail() {
        return email;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isUsable() {
        return problem == null;
    }
}
