package org.civicportal.marketplace;

import java.io.Serializable;
import java.time.Instant;

/** One user of an organisation as its pages list them: who, their address, since when. */
public final class TeamMember implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long userId;
    private final long accountId;
    private final String name;
    private final String email;
    private final Instant addedAt;

    TeamMember(long userId, long accountId, String name, String email, Instant addedAt) {
        this.userId = userId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.addedAt = addedAt;
    }

    public long getUserId() {
        return userId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
