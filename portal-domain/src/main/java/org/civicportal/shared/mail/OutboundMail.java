package org.civicportal.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A message the portal sends. It is written in the same transaction as the change that caused
 * it (so a rolled-back sign-up sends nothing), then delivered; administrators read the outbox.
 */
@Entity
@Table(name = "outbound_mail")
@NamedQuery(name = OutboundMail.DUE, query = "SELECT m.id FROM OutboundMail m WHERE m.status = :pending"
        + " OR (m.status = :sending AND m.claimedUntil < :now) ORDER BY m.id")
@NamedQuery(name = OutboundMail.CLAIM, query = "UPDATE OutboundMail m SET m.status = :sending, m.claimedUntil = :until,"
        + " m.attempts = m.attempts + 1 WHERE m.id = :id AND m.attempts < :maxAttempts"
        + " AND (m.status = :pending OR (m.status = :sending AND m.claimedUntil < :now))")
@NamedQuery(name = OutboundMail.NEWEST_FIRST, query = "SELECT m FROM OutboundMail m WHERE LOWER(m.recipient) LIKE :recipient ORDER BY m.id DESC")
@NamedQuery(name = OutboundMail.COUNT, query = "SELECT COUNT(m) FROM OutboundMail m WHERE LOWER(m.recipient) LIKE :recipient")
public class OutboundMail implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DUE = "OutboundMail.due";
    static final String CLAIM = "OutboundMail.claim";
    static final String NEWEST_FIRST = "OutboundMail.newestFirst";
    static final String COUNT = "OutboundMail.count";

    /** Delivery is tried this many times before the message is marked failed. */
    static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment")
    private String attachment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** While {@link MailStatus#SENDING}: when the claim ends and another run may try again (a crashed send). */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected OutboundMail() {
        // for JPA
    }

    OutboundMail(String recipient, String subject, String body, MailStatus status, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.createdAt = createdAt;
    }

    void attach(Attachment file) {
        attachmentName = file.name();
        attachmentType = file.contentType();
        attachment = file.content();
    }

    /** The attached file, or null. */
    public Attachment getAttachment() {
        return attachment == null ? null : new Attachment(attachmentName, attachmentType, attachment);
    }

    /** The attempt was counted when the message was claimed. */
    void markSent(Instant when) {
        status = MailStatus.SENT;
        sentAt = when;
        claimedUntil = null;
        lastError = null;
    }

    /** Back in the queue for the next run, or failed for good after {@link #MAX_ATTEMPTS}. */
    void markAttemptFailed(String error) {
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
        claimedUntil = null;
        status = attempts >= MAX_ATTEMPTS ? MailStatus.FAILED : MailStatus.PENDING;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
