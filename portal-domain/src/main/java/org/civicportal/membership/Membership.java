package org.civicportal.membership;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.civicportal.account.Account;

/**
 * A person's membership of the association. Where it stands on a day is computed from the dates
 * paid for ({@link #standing()}), so statuses change as time passes without any job running.
 */
@Entity
@Table(name = "membership")
@NamedQuery(name = Membership.OF_ACCOUNT, query = "SELECT m FROM Membership m JOIN FETCH m.category WHERE m.account.id = :accountId")
@NamedQuery(name = Membership.ENDING_BETWEEN, query = "SELECT m FROM Membership m JOIN FETCH m.account JOIN FETCH m.category"
        + " WHERE m.cancelledAt IS NULL AND m.paidThrough BETWEEN :from AND :to")
@NamedQuery(name = Membership.ALL_WITH_PEOPLE, query = "SELECT m FROM Membership m JOIN FETCH m.account JOIN FETCH m.category"
        + " ORDER BY m.account.fullName")
@NamedQuery(name = Membership.AWAITING_APPROVAL, query = "SELECT m FROM Membership m JOIN FETCH m.account JOIN FETCH m.category"
        + " WHERE m.approval = org.civicportal.membership.Approval.PENDING AND m.cancelledAt IS NULL ORDER BY m.createdAt")
// applications to decide, and invoices waiting for payment, in one statement for the admin menu
@NamedQuery(name = Membership.WAITING_WORK, query = "SELECT COUNT(m), (SELECT COUNT(i) FROM Invoice i"
        + " WHERE i.status = org.civicportal.membership.InvoiceStatus.OPEN) FROM Membership m"
        + " WHERE m.approval = org.civicportal.membership.Approval.PENDING AND m.cancelledAt IS NULL")
public class Membership implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OF_ACCOUNT = "Membership.ofAccount";
    static final String AWAITING_APPROVAL = "Membership.awaitingApproval";
    static final String WAITING_WORK = "Membership.waitingWork";
    static final String ENDING_BETWEEN = "Membership.endingBetween";
    static final String ALL_WITH_PEOPLE = "Membership.allWithPeople";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private MembershipCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Approval approval;

    @Column(name = "approval_note", length = 1000)
    private String approvalNote;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "paid_from")
    private LocalDate paidFrom;

    @Column(name = "paid_through")
    private LocalDate paidThrough;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Membership() {
        // for JPA
    }

    Membership(Account account, MembershipCategory category, Instant now) {
        this.account = account;
        this.createdAt = now;
        choose(category);
    }

    /** Switches to a category, e.g. a lapsed or rejected member applying again. */
    void choose(MembershipCategory newCategory) {
        this.category = newCategory;
        this.approval = newCategory.isRequiresApproval() ? Approval.PENDING : Approval.NOT_NEEDED;
        this.approvalNote = null;
        this.decidedAt = null;
    }

    void decide(boolean approved, String note, Instant now) {
        approval = approved ? Approval.APPROVED : Approval.REJECTED;
        approvalNote = note;
        decidedAt = now;
    }

    /** Extends the paid dates to cover the period a payment bought. */
    void cover(MembershipPeriod period) {
        if (paidFrom == null || period.start().isBefore(paidFrom)) {
            paidFrom = period.start();
        }
        if (paidThrough == null || period.end().isAfter(paidThrough)) {
            paidThrough = period.end();
        }
    }

    void cancel(Instant now) {
        cancelledAt = now;
    }

    /** Where the membership stands; ask it for any day. */
    public Standing standing() {
        return new Standing(paidFrom, paidThrough, category.getGraceDays(), cancelledAt != null);
    }

    /** The period currently paid for, or null. */
    public MembershipPeriod paidPeriod() {
        return paidThrough == null ? null : new MembershipPeriod(paidFrom, paidThrough);
    }

    public boolean isAwaitingApproval() {
        return approval == Approval.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public MembershipCategory getCategory() {
        return category;
    }

    public Approval getApproval() {
        return approval;
    }

    public String getApprovalNote() {
        return approvalNote;
    }

    public LocalDate getPaidFrom() {
        return paidFrom;
    }

    public LocalDate getPaidThrough() {
        return paidThrough;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
