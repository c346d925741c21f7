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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The one payment of an invoice, recorded by an administrator; the database allows no second. */
@Entity
@Table(name = "payment")
@NamedQuery(name = Payment.RECEIVED_BETWEEN, query = "SELECT p FROM Payment p JOIN FETCH p.invoice i JOIN FETCH i.membership m"
        + " JOIN FETCH m.account WHERE p.receivedOn BETWEEN :from AND :to ORDER BY p.receivedOn, p.id")
@NamedQuery(name = Payment.OF_INVOICE, query = "SELECT p FROM Payment p WHERE p.invoice = :invoice")
@NamedQuery(name = Payment.COUNT_OF_INVOICE, query = "SELECT COUNT(p) FROM Payment p WHERE p.invoice.id = :invoiceId")
public class Payment {

    static final String OF_INVOICE = "Payment.ofInvoice";
    static final String RECEIVED_BETWEEN = "Payment.receivedBetween";
    static final String COUNT_OF_INVOICE = "Payment.countOfInvoice";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod method;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Payment() {
        // for JPA
    }

    Payment(Invoice invoice, PaymentDetails details, Long recordedBy, Instant now) {
        this.invoice = invoice;
        this.amount = details.getAmount();
        this.currency = invoice.totalDue().currency().getCurrencyCode();
        this.method = details.getMethod();
        this.reference = details.getReference();
        this.receivedOn = details.getReceivedOn();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
