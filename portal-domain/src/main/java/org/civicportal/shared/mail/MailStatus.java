package org.civicportal.shared.mail;

/** Where a message in the outbox stands. */
public enum MailStatus {
    /** Waiting to be handed to the SMTP server. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** The SMTP server refused it too many times; an administrator can read it in the outbox. */
    FAILED,
    /** No SMTP server is configured: the message stays in the outbox only. */
    NOT_SENT
}
