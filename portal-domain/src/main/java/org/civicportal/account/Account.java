package org.civicportal.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person's account: who they are, where they work, how they log in and what they may do. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.SEARCH, query = "SELECT a FROM Account a WHERE a.email LIKE :text OR LOWER(a.fullName) LIKE :text"
        + " OR LOWER(a.jurisdiction.name) LIKE :text ORDER BY a.fullName, a.id")
@NamedQuery(name = Account.SEARCH_COUNT, query = "SELECT COUNT(a) FROM Account a WHERE a.email LIKE :text"
        + " OR LOWER(a.fullName) LIKE :text OR LOWER(a.jurisdiction.name) LIKE :text")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role")
@NamedQuery(name = Account.SESSIONS_VERSION, query = "SELECT a.sessionsVersion FROM Account a WHERE a.id = :id")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BY_EMAIL = "Account.byEmail";
    static final String SEARCH = "Account.search";
    static final String SEARCH_COUNT = "Account.searchCount";
    static final String COUNT_WITH_ROLE = "Account.countWithRole";
    static final String SESSIONS_VERSION = "Account.sessionsVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Embedded
    private Jurisdiction jurisdiction;

    @Column(name = "position_title", nullable = false, length = 200)
    private String positionTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_type", nullable = false, length = 30)
    private PositionType positionType;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = new HashSet<>();

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Raised whenever the account's log-in sessions must end; see {@link SessionVersions}. */
    @Column(name = "sessions_version", nullable = false)
    private int sessionsVersion;

    @Version
    private int version;

    protected Account() {
        // for JPA
    }

    /** A new, unconfirmed account holding the MEMBER role. */
    Account(SignUp signUp, String passwordHash, Instant now) {
        this.email = SignUp.normaliseEmail(signUp.getEmail());
        this.passwordHash = passwordHash;
        this.roles.add(Role.MEMBER);
        this.createdAt = now;
        updateProfile(signUp, now);
    }

    void updateProfile(ProfileDetails details, Instant now) {
        this.fullName = details.getFullName();
        this.jurisdiction = details.getJurisdiction().copy();
        this.positionTitle = details.getPositionTitle();
        this.positionType = details.getPositionType();
        this.updatedAt = now;
    }

    void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    void confirmEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
            updatedAt = now;
        }
    }

    void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = now;
            updatedAt = now;
        }
    }

    void enable(Instant now) {
        disabledAt = null;
        updatedAt = now;
    }

    void replaceRoles(Set<Role> newRoles, Instant now) {
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = now;
    }

    /** Makes every session opened until now out of date; returns the new value. */
    int endSessions() {
        return ++sessionsVersion;
    }

    /** Adds one role; false if the account held it already. */
    boolean addRole(Role role, Instant now) {
        boolean added = roles.add(role);
        if (added) {
            updatedAt = now;
        }
        return added;
    }

    /** Takes one role away; false if the account did not hold it. */
    boolean removeRole(Role role, Instant now) {
        boolean removed = roles.remove(role);
        if (removed) {
            updatedAt = now;
        }
        return removed;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Jurisdiction getJurisdiction() {
        return jurisdiction;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public PositionType getPositionType() {
        return positionType;
    }

    /** The roles, in their declared order. */
    public Set<Role> getRoles() {
        return roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public boolean isDisabled() {
        return disabledAt != null;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The value a session opened now remembers, to tell later whether it has been ended. */
    public int getSessionsVersion() {
        return sessionsVersion;
    }

    public int getVersion() {
        return version;
    }
}
