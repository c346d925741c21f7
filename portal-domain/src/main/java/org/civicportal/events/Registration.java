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
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import org.civicportal.account.Account;

/** A person's seat, or place on the waitlist, for an event. */
@Entity
@Table(name = "registration")
@NamedQuery(name = Registration.OF_MEMBER, query = "SELECT r FROM Registration r WHERE r.event.id = :eventId AND r.account.id = :accountId")
@NamedQuery(name = Registration.FIRST_WAITING, query = "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.event.id = :eventId"
        + " AND r.status = org.civicportal.events.RegistrationStatus.WAITLISTED ORDER BY r.waitlistedAt, r.id")
@NamedQuery(name = Registration.COUNT_BY_STATUS, query = "SELECT COUNT(r) FROM Registration r WHERE r.event.id = :eventId AND r.status = :status")
@NamedQuery(name = Registration.BY_STATUS, query = "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.event.id = :eventId"
        + " AND r.status = :status ORDER BY r.waitlistedAt, r.createdAt, r.id")
@NamedQuery(name = Registration.ACTIVE, query = "SELECT r FROM Registration r JOIN FETCH r.account WHERE r.event.id = :eventId"
        + " AND r.status <> org.civicportal.events.RegistrationStatus.CANCELLED ORDER BY r.status, r.waitlistedAt, r.createdAt, r.id")
@NamedQuery(name = Registration.SEATED_BY_EMAIL, query = "SELECT r FROM Registration r JOIN FETCH r.account a WHERE r.event.id = :eventId"
        + " AND r.status = org.civicportal.events.RegistrationStatus.REGISTERED AND a.email IN :emails")
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OF_MEMBER = "Registration.ofMember";
    static final String FIRST_WAITING = "Registration.firstWaiting";
    static final String COUNT_BY_STATUS = "Registration.countByStatus";
    static final String BY_STATUS = "Registration.byStatus";
    static final String ACTIVE = "Registration.active";
    static final String SEATED_BY_EMAIL = "Registration.seatedByEmail";

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

    @Column(nullable = false)
    private boolean attended;

    @Column(name = "credits_earned", precision = 5, scale = 2)
    private BigDecimal creditsEarned;

    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

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

    /** Records that the person came, which earns the event's credits; or that they did not. */
    void recordAttendance(boolean came, BigDecimal credits, Instant now) {
        attended = came;
        creditsEarned = came ? credits : null;
        attendanceRecordedAt = now;
    }

    public boolean isAttended() {
        return attended;
    }

    public BigDecimal getCreditsEarned() {
        return creditsEarned;
    }

    public Instant getAttendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWaitlistedAt() {
        return waitlistedAt;
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
