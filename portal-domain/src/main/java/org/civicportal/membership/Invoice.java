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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;
import org.civicportal.shared.Money;

/**
 * Dues to pay for one period. It copies the quote's amounts, so a later dues schedule never
 * changes an invoice already issued.
 */
@Entity
@Table(name = "invoice")
@NamedQuery(name = Invoice.OF_ACCOUNT, query = "SELECT i FROM Invoice i WHERE i.membership.account.id = :accountId"
        + " ORDER BY i.issuedAt DESC, i.id DESC")
@NamedQuery(name = Invoice.OF_MEMBERSHIP, query = "SELECT i FROM Invoice i WHERE i.membership = :membership ORDER BY i.issuedAt DESC, i.id DESC")
@NamedQuery(name = Invoice.OPEN, query = "SELECT i FROM Invoice i JOIN FETCH i.membership m JOIN FETCH m.account"
        + " WHERE i.status = org.civicportal.membership.InvoiceStatus.OPEN ORDER BY i.issuedAt")
public class Invoice implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OF_ACCOUNT = "Invoice.ofAccount";
    static final String OF_MEMBERSHIP = "Invoice.ofMembership";
    static final String OPEN = "Invoice.open";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id", nullable = false)
    private Membership membership;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoicePurpose purpose;

    @Column(name = "category_name", nullable = false, length = 100)
    private String categoryName;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "base_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal baseAmount;

    @Column(name = "discount_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal discountAmount;

    @Column(name = "discount_reason", length = 200)
    private String discountReason;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvoiceStatus status;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    /**
     * The membership's id while the invoice waits for payment, NULL once paid or void: a unique
     * key on it lets each membership have one open invoice, however many requests race.
     */
    @Column(name = "open_membership_id")
    private Long openMembershipId;

    @Version
    private int version;

    protected Invoice() {
        // for JPA
    }

    Invoice(Membership membership, InvoicePurpose purpose, DuesQuote quote, Instant now) {
        this.membership = membership;
        this.purpose = purpose;
        this.categoryName = quote.categoryName();
        this.periodStart = quote.period().start();
        this.periodEnd = quote.period().end();
        this.baseAmount = quote.baseRate().amount();
        Money discount = quote.baseRate().minus(quote.total());
        this.discountAmount = discount.amount();
        this.discountReason = quote.discounts().isEmpty() ? null : quote.discounts().get(0).reason();
        this.total = quote.total().amount();
        this.currency = quote.total().currency().getCurrencyCode();
        this.status = InvoiceStatus.OPEN;
        this.openMembershipId = membership.getId();
        this.issuedAt = now;
        // a unique placeholder until the id is known; see assignNumber
        this.number = "N" + UUID.randomUUID().toString().replace("-", "").substring(0, 19);
    }

    /**
     * The number people quote on a check or transfer, e.g. INV-2026-000042; the year is the
     * association's year of issue (its zone), like every other date on the invoice.
     */
    void assignNumber(ZoneId associationZone) {
        number = String.format("INV-%d-%06d", issuedAt.atZone(associationZone).getYear(), id);
    }

    void markVoid() {
        status = InvoiceStatus.VOID;
        openMembershipId = null;
    }

    void markPaid() {
        status = InvoiceStatus.PAID;
        openMembershipId = null;
    }

    public MembershipPeriod period() {
        return new MembershipPeriod(periodStart, periodEnd);
    }

    public Money totalDue() {
        return Money.of(total, Currency.getInstance(currency));
    }

    public Money baseRate() {
        return Money.of(baseAmount, Currency.getInstance(currency));
    }

    public Money discount() {
        return Money.of(discountAmount, Currency.getInstance(currency));
    }

    public boolean isOpen() {
        return status == InvoiceStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Membership getMembership() {
        return membership;
    }

    public InvoicePurpose getPurpose() {
        return purpose;
    }

    public String getCategoryName() {
        return categoryName;
    }

    public String getDiscountReason() {
        return discountReason;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
