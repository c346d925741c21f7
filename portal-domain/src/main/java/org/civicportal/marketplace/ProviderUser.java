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
import java.time.Instant;

/**
 * A person who acts for a provider organisation. An account belongs to at most one organisation
 * (a database constraint), so "my organisation" is never ambiguous: every provider action reads
 * the organisation from here, never from an id a request carries.
 */
@Entity
@Table(name = "provider_user")
@NamedQuery(name = ProviderUser.BY_ACCOUNT, query = "SELECT u FROM ProviderUser u JOIN FETCH u.organisation WHERE u.accountId = :accountId")
@NamedQuery(name = ProviderUser.OF_ORGANISATION, query = "SELECT u FROM ProviderUser u WHERE u.organisation.id = :organisationId")
@NamedQuery(name = ProviderUser.COUNT_OF_ORGANISATION, query = "SELECT COUNT(u) FROM ProviderUser u WHERE u.organisation.id = :organisationId")
@NamedQuery(name = ProviderUser.TEAM_OF_ORGANISATION, query = "SELECT u, a FROM ProviderUser u, Account a WHERE a.id = u.accountId"
        + " AND u.organisation.id = :organisationId ORDER BY a.fullName, u.id")
public class ProviderUser {

    /** The user an account is, with its organisation (at most one: a database constraint). */
    public static final String BY_ACCOUNT = "ProviderUser.byAccount";
    public static final String OF_ORGANISATION = "ProviderUser.ofOrganisation";
    public static final String COUNT_OF_ORGANISATION = "ProviderUser.countOfOrganisation";
    static final String TEAM_OF_ORGANISATION = "ProviderUser.teamOfOrganisation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private ProviderOrganisation organisation;

    @Column(name = "account_id", nullable = false, unique = true)
    private long accountId;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    /** Who added them: themselves when they applied, else the colleague whose invitation they accepted. */
    @Column(name = "added_by", nullable = false)
    private long addedBy;

    protected ProviderUser() {
        // for JPA
    }

    public ProviderUser(ProviderOrganisation organisation, long accountId, long addedBy, Instant now) {
        this.organisation = organisation;
        this.accountId = accountId;
        this.addedBy = addedBy;
        this.addedAt = now;
    }

    public Long getId() {
        return id;
    }

    public ProviderOrganisation getOrganisation() {
        return organisation;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public long getAddedBy() {
        return addedBy;
    }
}
