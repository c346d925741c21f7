package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One participant's own score of an option on a criterion. */
@Entity
@Table(name = "participant_score")
@IdClass(ParticipantScore.Key.class)
@NamedQuery(name = ParticipantScore.OF_PARTICIPANT, query = "SELECT s FROM ParticipantScore s WHERE s.participantId = :participantId")
@NamedQuery(name = ParticipantScore.SUBMITTED_OF_MATRIX, query = "SELECT s FROM ParticipantScore s WHERE s.participantId IN"
        + " (SELECT p.id FROM MatrixParticipant p WHERE p.matrix.id = :matrixId AND p.submittedAt IS NOT NULL)")
public class ParticipantScore extends GivenScore {

    static final String OF_PARTICIPANT = "ParticipantScore.ofParticipant";
    static final String SUBMITTED_OF_MATRIX = "ParticipantScore.submittedOfMatrix";

    /** The participant, the option and the criterion. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long participantId;
        Long optionId;
        Long criterionId;

        public Key() {
        }

        Key(Long participantId, Long optionId, Long criterionId) {
            this.participantId = participantId;
            this.optionId = optionId;
            this.criterionId = criterionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(participantId, key.participantId)
                    && Objects.equals(optionId, key.optionId) && Objects.equals(criterionId, key.criterionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(participantId, optionId, criterionId);
        }
    }

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Id
    @Column(name = "option_id")
    private Long optionId;

    @Id
    @Column(name = "criterion_id")
    private Long criterionId;

    protected ParticipantScore() {
        // for JPA
    }

    ParticipantScore(long participantId, long optionId, long criterionId) {
        this.participantId = participantId;
        this.optionId = optionId;
        this.criterionId = criterionId;
    }

    @Override
    public Long getOptionId() {
        return optionId;
    }

    @Override
    public Long getCriterionId() {
        return criterionId;
    }
}
