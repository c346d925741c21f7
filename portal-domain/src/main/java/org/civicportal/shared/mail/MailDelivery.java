package org.civicportal.shared.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.shared.jobs.JobLeases;

/**
 * Hands outbox messages to the SMTP server: right after the transaction that queued them
 * commits, and again every minute for any that are still pending (server down, restart), on one
 * node of however many. Each message is claimed before it is sent ({@link OutboxClaims}), so it
 * goes out once.
 */
@Singleton
@Startup
// Sending can wait on a slow server; the bean must never make a request thread queue behind it.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Each step (claim, record the outcome) commits on its own; none stays open during an SMTP exchange.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** Tries to record a send's outcome: 250 ms, then twice as long each time, about 16 s in all. */
    static final int OUTCOME_ATTEMPTS = 7;

    @Inject
    OutboxClaims claims;

    @Inject
    SmtpSettings smtp;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    /** After the queuing transaction commits, hands the message to a worker thread. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        MailDelivery self = context.getBusinessObject(MailDelivery.class);
        executor.execute(() -> self.deliver(queued.mailId()));
    }

    /** How often {@link #everyMinute()} fires, as its schedule says: its lease lasts a little less. */
    private static final Duration PERIOD = Duration.ofMinutes(1);

    /** The retries, run by one node a minute. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    public void everyMinute() {
        if (smtp.isConfigured()) {
            leases.runOnOneNode("mail-delivery", PERIOD, this::deliverPending);
        }
    }

    /** Retries whatever is still waiting, and messages whose send died (expired claims). */
    public void deliverPending() {
        if (!smtp.isConfigured()) {
            return;
        }
        // Messages queued a moment ago may be sent by onQueued at the same time: the claim decides.
        claims.due(100).forEach(this::deliver);
    }

    /**
     * Sends one message if it is still waiting, and records the outcome. The message is claimed
     * first, in a transaction of its own, so that only one run ever sends it; no transaction is
     * held open while the SMTP server answers.
     */
    public void deliver(long mailId) {
        Optional<OutboundMail> claimed = claims.claim(mailId);
        if (claimed.isEmpty()) {
            return;
        }
        OutboundMail mail = claimed.get();
        try {
            Transport.send(toMessage(mail));
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not deliver mail " + mailId + " to " + mail.getRecipient() + ": " + e.getMessage());
            recordOutcome(mailId, () -> claims.failed(mailId, e.getMessage()));
            return;
        }
        recordOutcome(mailId, () -> claims.sent(mailId));
    }

    /**
     * Records what became of a send, trying again for a few seconds when the database cannot take
     * it at once (a burst of requests holding every connection of the pool). A send the server
     * accepted but the outbox does not know of would go out a second time when its claim ends.
     */
    private static void recordOutcome(long mailId, Runnable record) {
        long pauseMillis = 250;
        for (int attempt = 1; ; attempt++) {
            try {
                record.run();
                return;
            } catch (RuntimeException busy) {
                if (attempt == OUTCOME_ATTEMPTS) {
                    LOG.log(Level.WARNING, "Could not record the outcome of mail {0}; it is tried again when its claim ends: {1}",
                            new Object[] {mailId, busy.toString()});
                    return;
                }
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            pauseMillis *= 2;
        }
    }

    private MimeMessage toMessage(OutboundMail mail) throws MessagingException {
        Session session = Session.getInstance(smtp.sessionProperties(), smtp.user().map(user -> (Authenticator) new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, smtp.password());
            }
        }).orElse(null));
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(smtp.from()));
        } catch (MessagingException e) {
            throw new MessagingException("PORTAL_MAIL_FROM is not a valid address: " + smtp.from(), e);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        Attachment attachment = mail.getAttachment();
        if (attachment == null) {
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(attachment.content(), attachment.contentType() + "; charset=UTF-8");
            file.setFileName(attachment.name());
            MimeMultipart parts = new MimeMultipart("mixed");
            parts.addBodyPart(text);
            parts.addBodyPart(file);
            message.setContent(parts);
        }
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }
}
