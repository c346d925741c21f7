package org.civicportal.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.civicportal.shared.CleanText;
import org.civicportal.shared.InvalidInputException;

/**
 * The group dialogue on a matrix. Each person the owner invited ({@link Invitations}) grades and
 * scores on their own, seeing nobody else's values until they submit. The owner then sees, per
 * cell, the average and the spread of the submitted values, the widest disagreements first. A
 * participant is known by the {@link ParticipantPass} their link gave them, checked on every step
 * against their newest link, and everything they send is checked against their matrix: a link
 * opens one matrix only.
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

    /** The field of a refusal that ends the pass itself: the link was replaced, or the invitation is gone. */
    public static final String LINK = "link";

    /** Why a page opened with a link that was since replaced no longer works. */
    static final String REPLACED = "A newer invitation link was sent to you, so this page no longer opens the matrix."
            + " Open the link in the newest invitation email.";

    /** Who a participant's step is in the matrix's history, which members read once it is shared. */
    static final String PARTICIPANT_IN_HISTORY = "A participant";

    @PersistenceContext
    EntityManager em;

    @Inject
    Matrices matrices;

    @Inject
    Clock clock;

    /**
     * The participant's page: the matrix's questions and their own answers.
     *
     * @throws InvalidInputException if the pass's link was replaced or the invitation is gone
     */
    public ParticipantView view(ParticipantPass pass) {
        MatrixParticipant participant = existing(pass);
        long participantId = participant.getId();
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
    public void grade(ParticipantPass pass, Characteristic characteristic, Integer grade, String note) {
        MatrixParticipant participant = scoring(pass);
        long participantId = participant.getId();
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
    public void score(ParticipantPass pass, long optionId, long criterionId, Integer score, String rationale) {
        MatrixParticipant participant = scoring(pass);
        long participantId = participant.getId();
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
    public void submit(ParticipantPass pass) {
        MatrixParticipant participant = scoring(pass);
        participant.submit(clock.instant());
        // members read the history once the matrix is shared: the participant stays unnamed there
        em.persist(new MatrixChange(participant.getMatrix().getId(), clock.instant(), PARTICIPANT_IN_HISTORY, "Submitted their scores"));
    }

    /**
     * A comment on a criterion or a characteristic of the matrix, by a participant who is still
     * scoring: once they submitted, or the matrix is final, the discussion is the owner's.
     *
     * @param topic "criterion:ID" or "characteristic:CODE"
     * @throws InvalidInputException for an empty or too long comment, an unknown topic, or if the
     *                               participant submitted or the matrix is final
     */
    public void commentAsParticipant(ParticipantPass pass, String topic, String body) {
        MatrixParticipant participant = scoring(pass);
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
    public Optional<Dialogue> groupSeenBy(ParticipantPass pass) {
        MatrixParticipant participant = existing(pass);
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
        if (!CleanText.Check.isClean(clean, true)) {
            throw new InvalidInputException("comment", CleanText.MESSAGE);
        }
        boolean known = topic != null && (topic.startsWith("characteristic:")
                && java.util.Arrays.stream(Characteristic.values()).anyMatch(c -> topic.equals("characteristic:" + c.name()))
                || matrix.getCriteria().stream().anyMatch(c -> topic.equals("criterion:" + c.getId())));
        if (!known) {
            throw new InvalidInputException("comment", "Comment on a criterion or a characteristic of this matrix.");
        }
        em.persist(new MatrixComment(matrix.getId(), topic, author, clean, clock.instant()));
    }

    /** The pass's participant, if the pass was opened with their newest link. */
    private MatrixParticipant existing(ParticipantPass pass) {
        MatrixParticipant participant = pass == null ? null : em.find(MatrixParticipant.class, pass.participantId());
        if (participant == null) {
            throw new InvalidInputException(LINK, "This invitation no longer exists.");
        }
        if (!pass.isCurrentFor(participant)) {
            throw new InvalidInputException(LINK, REPLACED);
        }
        return participant;
    }

    private MatrixParticipant scoring(ParticipantPass pass) {
        MatrixParticipant participant = existing(pass);
        if (participant.getMatrix().isFinal()) {
            throw new InvalidInputException("invitation", "This matrix is final: scoring has closed.");
        }
        if (participant.isSubmitted()) {
            throw new InvalidInputException("invitation", "You have submitted your scores; they can no longer change.");
        }
        return participant;
    }

}
