package org.civicportal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use, expiring link sent by mail. Only the digest of the token is stored; the token
 * itself exists only in the message.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_DIGEST, query = "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.digest = :digest")
@NamedQuery(name = AccountToken.OPEN_FOR, query = "SELECT t FROM AccountToken t WHERE t.account = :account"
        + " AND t.purpose = :purpose AND t.usedAt IS NULL")
public class AccountToken {

    static final String BY_DIGEST = "AccountToken.byDigest";
    static final String OPEN_FOR = "AccountToken.openFor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TokenPurpose purpose;

    @Column(name = "token_digest", nullable = false, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    AccountToken(Account account, TokenPurpose purpose, String digest, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.digest = digest;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** Why this token cannot be used at {@code now}, or {@code null} if it can. */
    TokenProblem problemAt(Instant now, TokenPurpose expected) {
        if (purpose != expected) {
            return TokenProblem.UNKNOWN;
        }
        if (usedAt != null) {
            return TokenProblem.ALREADY_USED;
        }
        if (!now.isBefore(expiresAt)) {
            return TokenProblem.EXPIRED;
        }
        return null;
    }

    boolean createdAfter(Instant moment) {
        return createdAt.isAfter(moment);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Account getAccount() {
        return account;
    }
}
