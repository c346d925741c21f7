package org.civicportal.events;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.civicportal.account.Account;

/** A person's seat, or place on the waitlist, for an event. */
@Entity
@Table(name = "registration")
@NamedQuery(name = Registration.OF_MEMBER, query = "SELECT r FROM Registration r WHERE r.event.id = :eventId AND r.account.id = :accountId")
@NamedQuery(name = Registration.FIRST_WAITING, query = "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.event.id = :eventId"
        + " AND r.status = org.civicportal.events.RegistrationStatus.WAITLISTED ORDER BY r.waitlistedAt, r.id")
@NamedQuery(name = Registration.COUNT_BY_STATUS, query = "SELECT COUNT(r) FROM Registration r WHERE r.event.id = :eventId AND r.status = :status")
public class Registration {

    static final String OF_MEMBER = "Registration.ofMember";
    static final String FIRST_WAITING = "Registration.firstWaiting";
    static final String COUNT_BY_STATUS = "Registration.countByStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private Event event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Version
    private int version;

    protected Registration() {
        // for JPA
    }

    Registration(Event event, Account account, Instant now) {
        this.event = event;
        this.account = account;
        this.createdAt = now;
    }

    void seat() {
        status = RegistrationStatus.REGISTERED;
        waitlistedAt = null;
        cancelledAt = null;
    }

    void waitlist(Instant now) {
        status = RegistrationStatus.WAITLISTED;
        waitlistedAt = now;
        cancelledAt = null;
    }

    void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    /** Grows with every change; used as the calendar entry's SEQUENCE so updates replace older ones. */
    int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public Account getAccount() {
        return account;
    }

    public RegistrationStatus getStatus() {
        return status;
    }
}
