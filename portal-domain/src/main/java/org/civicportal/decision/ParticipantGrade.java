package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One participant's own grade of a characteristic. */
@Entity
@Table(name = "participant_grade")
@IdClass(ParticipantGrade.Key.class)
@NamedQuery(name = ParticipantGrade.OF_PARTICIPANT, query = "SELECT g FROM ParticipantGrade g WHERE g.participantId = :participantId")
@NamedQuery(name = ParticipantGrade.SUBMITTED_OF_MATRIX, query = "SELECT g FROM ParticipantGrade g WHERE g.participantId IN"
        + " (SELECT p.id FROM MatrixParticipant p WHERE p.matrix.id = :matrixId AND p.submittedAt IS NOT NULL)")
public class ParticipantGrade extends GivenGrade {

    static final String OF_PARTICIPANT = "ParticipantGrade.ofParticipant";
    static final String SUBMITTED_OF_MATRIX = "ParticipantGrade.submittedOfMatrix";

    /** The participant and the characteristic. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        Long participantId;
        Characteristic characteristic;

        public Key() {
        }

        Key(Long participantId, Characteristic characteristic) {
            this.participantId = participantId;
            this.characteristic = characteristic;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(participantId, key.participantId) && characteristic == key.characteristic;
        }

        @Override
        public int hashCode() {
            return Objects.hash(participantId, characteristic);
        }
    }

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Characteristic characteristic;

    protected ParticipantGrade() {
        // for JPA
    }

    ParticipantGrade(long participantId, Characteristic characteristic) {
        this.participantId = participantId;
        this.characteristic = characteristic;
    }

    @Override
    public Characteristic getCharacteristic() {
        return characteristic;
    }
}
