package org.civicportal.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicportal.account.Account;
import org.civicportal.account.SecureTokens;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.mail.Mailer;

/**
 * Invitations to a matrix's dialogue: the owner invites people by email and sends new links; the
 * invited person opens theirs. Anything that mails is limited ({@link MatrixLimits}): so many
 * people per matrix, so many mails per owner a day, a new link to one person only every few
 * minutes. Invitees' names and addresses stay out of the matrix's history, which members read
 * once the matrix is shared; only the owner's dialogue page lists them.
 */
@ApplicationScoped
@Transactional
public class Invitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Matrices matrices;

    @Inject
    SecureTokens tokens;

    @Inject
    Mailer mailer;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /**
     * Invitations sent to the account's own address (addresses are stored in one normal form on
     * both sides) to score someone else's matrix, not submitted and the matrix still open, newest
     * first, with the matrix and its owner: one query.
     */
    public List<MatrixParticipant> waitingFor(long accountId) {
        return em.createQuery("SELECT p FROM MatrixParticipant p JOIN FETCH p.matrix m JOIN FETCH m.owner, Account a"
                        + " WHERE a.id = :accountId AND p.email = a.email AND p.submittedAt IS NULL"
                        + " AND m.status = org.civicportal.decision.MatrixStatus.OPEN AND m.owner.id <> :accountId"
                        + " ORDER BY p.invitedAt DESC, p.id DESC", MatrixParticipant.class)
                .setParameter("accountId", accountId)
                .setMaxResults(10)
                .getResultList();
    }

    /**
     * Invites someone to score the owner's matrix and mails them their link.
     *
     * @throws InvalidInputException for a missing name, an address that is not one, someone already
     *                               invited, a matrix with all the participants it may have, or an
     *                               owner who sent all the invitations a day allows
     */
    public MatrixParticipant invite(long ownerId, long matrixId, String name, String email) {
        Account owner = lockOwner(ownerId);
        DecisionMatrix matrix = matrices.editableBy(ownerId, matrixId);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException("inviteName", cleanName.isEmpty() ? "Enter the person's name." : "Use at most 100 characters.");
        }
        if (!CleanText.Check.isClean(cleanName, false)) {
            throw new InvalidInputException("inviteName", CleanText.MESSAGE);
        }
        String cleanEmail = EmailAddress.parse(email)
                .orElseThrow(() -> new InvalidInputException("inviteEmail", "Enter an email address like name@city.gov."));
        long invited = em.createNamedQuery(MatrixParticipant.COUNT_OF_MATRIX, Long.class).setParameter("matrixId", matrixId)
                .getSingleResult();
        if (invited >= MatrixLimits.MAX_PARTICIPANTS) {
            throw new InvalidInputException("inviteEmail", "This matrix already has " + MatrixLimits.MAX_PARTICIPANTS
                    + " participants, the most one matrix can have.");
        }
        requireAllowance(ownerId, matrixId, "inviteEmail");
        String token = tokens.newToken();
        MatrixParticipant participant = new MatrixParticipant(matrix, cleanEmail, cleanName, tokens.digest(token), clock.instant());
        try {
            em.persist(participant);
            em.flush();
        } catch (PersistenceException alreadyInvited) {
            throw new InvalidInputException("inviteEmail", cleanEmail + " is already invited. Use \u201cSend again\u201d to mail a new link.");
        }
        mail(participant, token, owner);
        // the history is read by every member once the matrix is shared: no name, no address
        matrices.record(matrix, ownerId, "Invited a participant");
        return participant;
    }

    /**
     * Mails a new link; the previous one stops working, and so does every session it opened.
     *
     * @throws InvalidInputException if a link went to this person a moment ago, they have already
     *                               submitted, or the owner sent all the invitations a day allows
     */
    public void sendAgain(long ownerId, long matrixId, long participantId) {
        Account owner = lockOwner(ownerId);
        DecisionMatrix matrix = matrices.editableBy(ownerId, matrixId);
        MatrixParticipant participant = em.find(MatrixParticipant.class, participantId);
        if (participant == null || !participant.getMatrix().getId().equals(matrix.getId())) {
            throw new InvalidInputException("sendAgain", "This invitation no longer exists.");
        }
        if (participant.isSubmitted()) {
            throw new InvalidInputException("sendAgain", participant.getName() + " has submitted: a new link is not needed.");
        }
        Instant now = clock.instant();
        if (now.isBefore(participant.getInvitedAt().plus(MatrixLimits.RESEND_INTERVAL))) {
            throw new InvalidInputException("sendAgain", "A link went to " + participant.getEmail() + " less than "
                    + minutes(MatrixLimits.RESEND_INTERVAL) + " ago. Give it a few minutes to arrive before sending another.");
        }
        requireAllowance(ownerId, matrixId, "sendAgain");
        String token = tokens.newToken();
        participant.reissue(tokens.digest(token), now);
        mail(participant, token, owner);
    }

    /**
     * Opens an invitation: a pass for the participant it belongs to, who may now score. Opening
     * the page of the link changes nothing; this is called when the person presses the button on it.
     *
     * @param loggedInAccountId the account the person is logged in with, or null for a guest
     * @throws InvalidInputException if the link is unknown or replaced, belongs to someone else,
     *                               or the matrix is final
     */
    public ParticipantPass enter(String token, Long loggedInAccountId) {
        String loggedInEmail = loggedInAccountId == null ? null : em.find(Account.class, loggedInAccountId).getEmail();
        // a link is 43 characters: anything much longer is not one, and is not even hashed
        MatrixParticipant participant = token == null || token.isBlank() || token.length() > 100 ? null
                : em.createNamedQuery(MatrixParticipant.BY_TOKEN, MatrixParticipant.class)
                        .setParameter("hash", tokens.digest(token)).getResultStream().findFirst().orElse(null);
        if (participant == null) {
            throw new InvalidInputException("invitation", "This invitation link is not valid, or a newer one was sent. Ask the person"
                    + " who invited you to send it again.");
        }
        if (loggedInEmail != null && !loggedInEmail.equalsIgnoreCase(participant.getEmail())) {
            throw new InvalidInputException("invitation", "This invitation was sent to another address than the one you are logged in"
                    + " with. Log out to use it, or ask for an invitation to your own address.");
        }
        if (participant.getMatrix().isFinal()) {
            throw new InvalidInputException("invitation", "This matrix is final: scoring has closed.");
        }
        participant.start(clock.instant());
        return new ParticipantPass(participant.getId(), participant.getTokenHash());
    }

    /**
     * Locks the owner's account row for the rest of the transaction, before anything else is read,
     * so that two invitations of one owner at once are counted one after the other: the second
     * waits, then sees the first (a read after a lock sees everything committed before it).
     */
    private Account lockOwner(long ownerId) {
        Account owner = em.find(Account.class, ownerId, LockModeType.PESSIMISTIC_WRITE);
        if (owner == null) {
            throw new InvalidInputException("matrix", "This matrix does not exist.");
        }
        return owner;
    }

    /** Refuses if the owner already sent all the invitations the last 24 hours allow; else counts this one. */
    private void requireAllowance(long ownerId, long matrixId, String field) {
        Instant now = clock.instant();
        long sent = em.createNamedQuery(InvitationSent.COUNT_SINCE, Long.class).setParameter("ownerId", ownerId)
                .setParameter("since", now.minus(MatrixLimits.INVITATION_WINDOW)).getSingleResult();
        if (sent >= MatrixLimits.MAX_INVITATIONS_PER_WINDOW) {
            throw new InvalidInputException(field, "You have sent " + MatrixLimits.MAX_INVITATIONS_PER_WINDOW
                    + " invitations in the last 24 hours, the most the portal sends for one person. Try again tomorrow.");
        }
        em.persist(new InvitationSent(ownerId, matrixId, now));
    }

    private static String minutes(Duration interval) {
        long minutes = interval.toMinutes();
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    private void mail(MatrixParticipant participant, String token, Account owner) {
        DecisionMatrix matrix = participant.getMatrix();
        mailer.send(participant.getEmail(), "Your views on \u201c" + matrix.getTitle() + "\u201d",
                "Hello " + participant.getName() + ",\n\n"
                + owner.getFullName() + " invites you to score \u201c" + matrix.getTitle() + "\u201d, a decision matrix on how to deliver"
                + " a public service. You grade how ready the service and the community are for a partnership, and score each way of"
                + " delivering it. Nobody sees your values until you submit them; then they are discussed together.\n\n"
                + "Open your invitation: " + settings.link("decision/participate.xhtml?token=" + token) + "\n\n"
                + "No account is needed. The link is personal: please do not forward it.\n");
    }
}
