package org.civicportal.shared.mail;

/** Where a message in the outbox stands. */
public enum MailStatus {
    /** Waiting to be handed to the SMTP server. */
    PENDING,
    /** Claimed by one delivery run, which is handing it to the SMTP server now (until its claim expires). */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** The SMTP server refused it too many times; an administrator can read it in the outbox. */
    FAILED,
    /** No SMTP server is configured: the message stays in the outbox only. */
    NOT_SENT
}
