package org.civicportal.shared.mail;

/** A message was written to the outbox and should be delivered once its transaction commits. */
public record MailQueued(long mailId) {
}
