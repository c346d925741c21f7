package org.civicportal.shared.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who sends which message. A delivery run first claims a message by one conditional UPDATE
 * (pending → sending, with an expiry), committed at once; only the run whose UPDATE changed the
 * row sends it. So two runs, a retry racing the first try, or a clock moved forward never send a
 * message twice. A claim that is never settled (the server stopped mid-send) expires and the
 * message is tried again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxClaims {

    /**
     * How long a claim holds. Far longer than one send can take (each SMTP step times out after
     * 10 seconds), so only a send that died is ever tried again.
     */
    static final Duration CLAIM = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Up to {@code max} messages waiting to be sent, oldest first, including expired claims. */
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboundMail.DUE, Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Claims the message for the caller and counts the attempt.
     *
     * @return the message to send (detached), or empty when it is not waiting (sent, being sent by
     *         another run, failed, or gone)
     */
    public Optional<OutboundMail> claim(long mailId) {
        Instant now = clock.instant();
        int claimed = em.createNamedQuery(OutboundMail.CLAIM)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("until", now.plus(CLAIM))
                .setParameter("now", now)
                .setParameter("id", mailId)
                .setParameter("maxAttempts", OutboundMail.MAX_ATTEMPTS)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        OutboundMail mail = em.find(OutboundMail.class, mailId);
        em.refresh(mail); // the bulk UPDATE bypassed the persistence context
        return Optional.of(mail);
    }

    /** Records that the SMTP server accepted the message. */
    public void sent(long mailId) {
        OutboundMail mail = em.find(OutboundMail.class, mailId);
        if (mail != null && mail.getStatus() == MailStatus.SENDING) {
            mail.markSent(clock.instant());
        }
    }

    /** Records a failed attempt: the message waits for the next run, or fails for good. */
    public void failed(long mailId, String error) {
        OutboundMail mail = em.find(OutboundMail.class, mailId);
        if (mail != null && mail.getStatus() == MailStatus.SENDING) {
            mail.markAttemptFailed(error);
        }
    }
}
