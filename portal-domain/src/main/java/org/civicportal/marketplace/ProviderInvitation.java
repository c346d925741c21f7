package org.civicportal.marketplace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A user's invitation to a colleague to act for their organisation, sent by e-mail. Its link works
 * once, until it expires, and only for a person logged in with the address it was sent to; the
 * database keeps only the digest of the link's token. A new invitation to the same address replaces
 * the open one.
 */
@Entity
@Table(name = "provider_invitation")
@NamedQuery(name = ProviderInvitation.BY_TOKEN, query = "SELECT i FROM ProviderInvitation i JOIN FETCH i.organisation WHERE i.tokenHash = :hash")
@NamedQuery(name = ProviderInvitation.OPEN_OF, query = "SELECT i FROM ProviderInvitation i WHERE i.organisation.id = :organisationId"
        + " AND i.acceptedAt IS NULL AND i.replacedAt IS NULL AND i.expiresAt > :now ORDER BY i.invitedAt DESC, i.id DESC")
@NamedQuery(name = ProviderInvitation.COUNT_SENT_SINCE, query = "SELECT COUNT(i) FROM ProviderInvitation i"
        + " WHERE i.organisation.id = :organisationId AND i.invitedAt > :since")
public class ProviderInvitation implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BY_TOKEN = "ProviderInvitation.byToken";
    static final String OPEN_OF = "ProviderInvitation.openOf";
    static final String COUNT_SENT_SINCE = "ProviderInvitation.countSentSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private ProviderOrganisation organisation;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    @Version
    private int version;

    protected ProviderInvitation() {
        // for JPA
    }

    ProviderInvitation(ProviderOrganisation organisation, String email, String tokenHash, long invitedBy, Instant now, Instant expiresAt) {
        this.organisation = organisation;
        this.email = email;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
        this.expiresAt = expiresAt;
    }

    /** Why the link cannot be used now, or null if it can. */
    String problemAt(Instant now) {
        if (acceptedAt != null) {
            return "This invitation has been used already. If you need another, ask a colleague at " + organisation.getName()
                    + " to invite you again.";
        }
        if (replacedAt != null) {
            return "A newer invitation replaced this one. Use the link in the newest e-mail.";
        }
        if (!now.isBefore(expiresAt)) {
            return "This invitation has expired. Ask a colleague at " + organisation.getName() + " to invite you again.";
        }
        return null;
    }

    void accept(long accountId, Instant now) {
        acceptedBy = accountId;
        acceptedAt = now;
    }

    void replace(Instant now) {
        replacedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ProviderOrganisation getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public long getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }
}
