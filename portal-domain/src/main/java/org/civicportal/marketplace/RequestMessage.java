package org.civicportal.marketplace;

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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One message in the conversation between a requester and one provider: a question or an answer
 * (either way), a proposal (text, price, perhaps a file) or a decline with its reason. Plain text,
 * shown escaped.
 */
@Entity
@Table(name = "request_message")
public class RequestMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "addressee_id", nullable = false)
    private RequestAddressee addressee;

    @Column(name = "from_provider", nullable = false)
    private boolean fromProvider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestMessageKind kind;

    @Column(nullable = false, length = 6000)
    private String body;

    @Column(precision = 14, scale = 2)
    private BigDecimal price;

    @Column(length = 3)
    private String currency;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_id")
    private RequestAttachment attachment;

    @Column(name = "written_by", nullable = false)
    private long writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected RequestMessage() {
        // for JPA
    }

    RequestMessage(RequestAddressee addressee, boolean fromProvider, RequestMessageKind kind, String body, long writtenBy, Instant now) {
        this.addressee = addressee;
        this.fromProvider = fromProvider;
        this.kind = kind;
        this.body = body;
        this.writtenBy = writtenBy;
        this.writtenAt = now;
    }

    void price(BigDecimal amount, String currencyCode) {
        this.price = amount;
        this.currency = currencyCode;
    }

    void attach(RequestAttachment file) {
        this.attachment = file;
    }

    public Long getId() {
        return id;
    }

    public RequestAddressee getAddressee() {
        return addressee;
    }

    public boolean isFromProvider() {
        return fromProvider;
    }

    public RequestMessageKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCurrency() {
        return currency;
    }

    public RequestAttachment getAttachment() {
        return attachment;
    }

    public long getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
