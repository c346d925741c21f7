package org.civicportal.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicportal.account.Account;
import org.civicportal.account.SecureTokens;
import org.civicportal.shared.EmailAddress;
import org.civicportal.shared.InvalidInputException;
import org.civicportal.shared.PortalSettings;
import org.civicportal.shared.mail.Mailer;

/**
 * The group dialogue on a matrix. The owner invites people by email; each opens their link and
 * grades and scores on their own, seeing nobody else's values until they submit. The owner then
 * sees, per cell, the average and the spread of the submitted values, the widest disagreements
 * first. A participant is known by the id their invitation gave them, and everything they send is
 * checked against that participant's matrix: a link opens one matrix only.
 */
@ApplicationScoped
@Transactional
public class Participation {

    /** What a participant sees: the matrix's questions, and their own answers so far. */
    public record ParticipantView(MatrixParticipant participant, MatrixContent matrix, Map<Characteristic, ParticipantGrade> grades,
                                  Map<String, ParticipantScore> scores) {

        public Optional<ParticipantScore> score(long optionId, long criterionId) {
            return Optional.ofNullable(scores.get(optionId + ":" + criterionId));
        }

        /** Grades and scores still blank. */
        public int blanks() {
            return matrix.characteristics().size() - grades.size() + matrix.options().size() * matrix.criteria().size() - scores.size();
        }
    }

    /** What the owner sees of the dialogue. */
    public record Dialogue(List<MatrixParticipant> participants, Disagreement<Characteristic> grades, Disagreement<String> scores,
                           Map<String, List<MatrixComment>> comments) {

        public long submitted() {
            return participants.stream().filter(MatrixParticipant::isSubmitted).count();
        }
    }

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
     * Invites someone to score the owner's matrix and mails them their link.
     *
     * @throws InvalidInputException for a missing name, an address that is not one, or someone already invited
     */
    public MatrixParticipant invite(long ownerId, long matrixId, String name, String email) {
        DecisionMatrix matrix = matrices.editableBy(ownerId, matrixId);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException("inviteName", cleanName.isEmpty() ? "Enter the person's name." : "Use at most 100 characters.");
        }
        String cleanEmail = EmailAddress.parse(email)
                .orElseThrow(() -> new InvalidInputException("inviteEmail", "Enter an email address like name@city.gov."));
        String token = tokens.newToken();
        MatrixParticipant participant = new MatrixParticipant(matrix, cleanEmail, cleanName, tokens.digest(token), clock.instant());
        try {
            em.persist(participant);
            em.flush();
        } catch (PersistenceException alreadyInvited) {
            throw new InvalidInputException("inviteEmail", cleanEmail + " is already invited. Use \u201cSend again\u201d to mail a new link.");
        }
        mailInvitation(participant, token, em.find(Account.class, ownerId));
        matrices.record(matrix, ownerId, "Invited " + cleanName + " <" + cleanEmail + ">");
        return participant;
    }

    /** Mails a new link; the previous one stops working. */
    public void sendAgain(long ownerId, long matrixId, long participantId) {
        DecisionMatrix matrix = matrices.editableBy(ownerId, matrixId);
        MatrixParticipant participant = participantOf(matrix, participantId);
        String token = tokens.newToken();
        participant.reissue(tokens.digest(token), clock.instant());
        mailInvitation(participant, token, em.find(Account.class, ownerId));
    }

    /**
     * Opens an invitation: the participant it belongs to, who may now score. Opening the page of
     * the link changes nothing; this is called when the person presses the button on it.
     *
     * @param loggedInAccountId the account the person is logged in with, or null for a guest
     * @throws InvalidInputException if the link is unknown or replaced, belongs to someone else,
     *                               or the matrix is final
     */
    public MatrixParticipant enter(String token, Long loggedInAccountId) {
        String loggedInEmail = loggedInAccountId == null ? null : em.find(Account.class, loggedInAccountId).getEmail();
        MatrixParticipant participant = token == null || token.isBlank() ? null
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
        return participant;
    }

    /** The participant's page: the matrix's questions and their own answers. */
    public ParticipantView view(long participantId) {
        MatrixParticipant participant = existing(participantId);
        MatrixContent content = matrices.content(participant.getMatrix());
        Map<Characteristic, ParticipantGrade> grades = em.createNamedQuery(ParticipantGrade.OF_PARTICIPANT, ParticipantGrade.class)
                .setParameter("participantId", participantId).getResultList().stream()
                .collect(Collectors.toMap(ParticipantGrade::getCharacteristic, Function.identity()));
        Map<String, ParticipantScore> scores = em.createNamedQuery(ParticipantScore.OF_PARTICIPANT, ParticipantScore.class)
                .setParameter("participantId", participantId).getResultList().stream()
                .collect(Collectors.toMap(s -> s.getOptionId() + ":" + s.getCriterionId(), Function.identity()));
        return new ParticipantView(participant, content, grades, scores);
    }

    /** The participant's own grade; theirs alone, so the last one they give stands. */
    public void grade(long participantId, Characteristic characteristic, Integer grade, String note) {
        MatrixParticipant participant = scoring(participantId);
        if (grade == null || grade < Readiness.MIN_GRADE || grade > Readiness.MAX_GRADE) {
            throw new InvalidInputException("grade", "Choose a grade from 1 to 3.");
        }
        ParticipantGrade own = Optional.ofNullable(em.find(ParticipantGrade.class, new ParticipantGrade.Key(participantId, characteristic)))
                .orElseGet(() -> {
                    ParticipantGrade created = new ParticipantGrade(participant.getId(), characteristic);
                    em.persist(created);
                    return created;
                });
        own.change(grade, Matrices.optionalText(note, "note"));
    }

    /**
     * The participant's own score of an option on a criterion of their matrix.
     *
     * @throws InvalidInputException for a score outside the scale, or an option or criterion of another matrix
     */
    public void score(long participantId, long optionId, long criterionId, Integer score, String rationale) {
        MatrixParticipant participant = scoring(participantId);
        DecisionMatrix matrix = participant.getMatrix();
        boolean ours = matrix.getOptions().stream().anyMatch(o -> o.getId() == optionId)
                && matrix.getCriteria().stream().anyMatch(c -> c.getId() == criterionId);
        if (!ours) {
            throw new InvalidInputException("score", "That option or criterion is not in this matrix.");
        }
        if (score == null || !matrix.scale().contains(score)) {
            throw new InvalidInputException("score", matrix.scale().describe());
        }
        ParticipantScore own = Optional.ofNullable(em.find(ParticipantScore.class, new ParticipantScore.Key(participantId, optionId, criterionId)))
                .orElseGet(() -> {
                    ParticipantScore created = new ParticipantScore(participantId, optionId, criterionId);
                    em.persist(created);
                    return created;
                });
        own.change(score, Matrices.optionalText(rationale, "rationale"));
    }

    /** Hands in the participant's values: the owner sees them from now on, and they no longer change. */
    public void submit(long participantId) {
        MatrixParticipant participant = scoring(participantId);
        participant.submit(clock.instant());
        em.persist(new MatrixChange(participant.getMatrix().getId(), clock.instant(), participant.getName(), "Submitted their scores"));
    }

    /**
     * A comment on a criterion or a characteristic of the matrix, by a participant.
     *
     * @param topic "criterion:ID" or "characteristic:CODE"
     */
    public void commentAsParticipant(long participantId, String topic, String body) {
        MatrixParticipant participant = existing(participantId);
        comment(participant.getMatrix(), topic, participant.getName(), body);
    }

    /** A comment by the owner. */
    public void commentAsOwner(long ownerId, long matrixId, String topic, String body) {
        DecisionMatrix matrix = matrices.editableBy(ownerId, matrixId);
        comment(matrix, topic, em.find(Account.class, ownerId).getFullName(), body);
    }

    /** What the owner sees: who took part, the spread of the submitted values, the comments by topic. */
    public Dialogue dialogue(long ownerId, long matrixId) {
        DecisionMatrix matrix = matrices.readable(ownerId, matrixId).filter(m -> m.isOwnedBy(ownerId))
                .orElseThrow(() -> new InvalidInputException("matrix", "This matrix does not exist."));
        return dialogueOf(matrix, em.createNamedQuery(MatrixParticipant.OF_MATRIX, MatrixParticipant.class)
                .setParameter("matrixId", matrixId).getResultList());
    }

    /**
     * What a participant sees of the group once they have submitted: the same averages, spreads
     * and comments, without the list of who was invited. Empty before they submit.
     */
    public Optional<Dialogue> groupSeenBy(long participantId) {
        MatrixParticipant participant = existing(participantId);
        return participant.isSubmitted() ? Optional.of(dialogueOf(participant.getMatrix(), List.of())) : Optional.empty();
    }

    private Dialogue dialogueOf(DecisionMatrix matrix, List<MatrixParticipant> participants) {
        long matrixId = matrix.getId();
        Map<Characteristic, List<Integer>> grades = new LinkedHashMap<>();
        for (Characteristic c : Characteristic.values()) {
            grades.put(c, new ArrayList<>());
        }
        em.createNamedQuery(ParticipantGrade.SUBMITTED_OF_MATRIX, ParticipantGrade.class).setParameter("matrixId", matrixId)
                .getResultList().forEach(g -> grades.get(g.getCharacteristic()).add(g.getGrade()));
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        for (MatrixCriterion criterion : matrix.getCriteria()) {
            for (MatrixOption option : matrix.getOptions()) {
                scores.put(option.getId() + ":" + criterion.getId(), new ArrayList<>());
            }
        }
        em.createNamedQuery(ParticipantScore.SUBMITTED_OF_MATRIX, ParticipantScore.class).setParameter("matrixId", matrixId)
                .getResultList().forEach(s -> scores.computeIfAbsent(s.getOptionId() + ":" + s.getCriterionId(), k -> new ArrayList<>())
                        .add(s.getScore()));
        Map<String, List<MatrixComment>> comments = em.createNamedQuery(MatrixComment.OF_MATRIX, MatrixComment.class)
                .setParameter("matrixId", matrixId).getResultList().stream()
                .collect(Collectors.groupingBy(MatrixComment::getTopic, LinkedHashMap::new, Collectors.toList()));
        return new Dialogue(participants, new Disagreement<>(grades), new Disagreement<>(scores), comments);
    }

    private void comment(DecisionMatrix matrix, String topic, String author, String body) {
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("comment", "Write the comment first.");
        }
        if (clean.length() > 2000) {
            throw new InvalidInputException("comment", "Use at most 2,000 characters.");
        }
        boolean known = topic != null && (topic.startsWith("characteristic:")
                && java.util.Arrays.stream(Characteristic.values()).anyMatch(c -> topic.equals("characteristic:" + c.name()))
                || matrix.getCriteria().stream().anyMatch(c -> topic.equals("criterion:" + c.getId())));
        if (!known) {
            throw new InvalidInputException("comment", "Comment on a criterion or a characteristic of this matrix.");
        }
        em.persist(new MatrixComment(matrix.getId(), topic, author, clean, clock.instant()));
    }

    private MatrixParticipant existing(long participantId) {
        MatrixParticipant participant = em.find(MatrixParticipant.class, participantId);
        if (participant == null) {
            throw new InvalidInputException("invitation", "This invitation no longer exists.");
        }
        return participant;
    }

    private MatrixParticipant scoring(long participantId) {
        MatrixParticipant participant = existing(participantId);
        if (participant.getMatrix().isFinal()) {
            throw new InvalidInputException("invitation", "This matrix is final: scoring has closed.");
        }
        if (participant.isSubmitted()) {
            throw new InvalidInputException("invitation", "You have submitted your scores; they can no longer change.");
        }
        return participant;
    }

    private MatrixParticipant participantOf(DecisionMatrix matrix, long participantId) {
        MatrixParticipant participant = existing(participantId);
        if (!participant.getMatrix().getId().equals(matrix.getId())) {
            throw new InvalidInputException("invitation", "This invitation no longer exists.");
        }
        return participant;
    }

    private void mailInvitation(MatrixParticipant participant, String token, Account owner) {
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
