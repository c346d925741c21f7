package org.civicportal.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/** Queues mail in the outbox, in the caller's transaction. */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSettings smtp;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /**
     * Writes a plain-text message to the outbox. It is delivered after the surrounding transaction
     * commits; if it rolls back, nothing is sent.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String recipient, String subject, String body) {
        send(recipient, subject, body, null);
    }

    /** As {@link #send(String, String, String)}, with a file attached (null for none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String recipient, String subject, String body, Attachment attachment) {
        MailStatus status = smtp.isConfigured() ? MailStatus.PENDING : MailStatus.NOT_SENT;
        OutboundMail mail = new OutboundMail(recipient, subject, body, status, clock.instant());
        if (attachment != null) {
            mail.attach(attachment);
        }
        em.persist(mail);
        em.flush();
        if (status == MailStatus.PENDING) {
            queued.fire(new MailQueued(mail.getId()));
        } else {
            // Bodies hold live links (password resets, invitations): never in the log. An
            // administrator reads them in the outbox.
            LOG.info(() -> "No SMTP server configured; mail kept in the outbox for " + recipient + ": " + subject);
        }
    }
}
