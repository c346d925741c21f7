package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Someone the owner invited to score a matrix on their own: a council member, a department head.
 * They need no account; their invitation link is their key, to this matrix only.
 */
@Entity
@Table(name = "matrix_participant")
@NamedQuery(name = MatrixParticipant.OF_MATRIX, query = "SELECT p FROM MatrixParticipant p WHERE p.matrix.id = :matrixId ORDER BY p.name, p.id")
@NamedQuery(name = MatrixParticipant.COUNT_OF_MATRIX, query = "SELECT COUNT(p) FROM MatrixParticipant p WHERE p.matrix.id = :matrixId")
@NamedQuery(name = MatrixParticipant.BY_TOKEN, query = "SELECT p FROM MatrixParticipant p JOIN FETCH p.matrix WHERE p.tokenHash = :hash")
public class MatrixParticipant {

    static final String OF_MATRIX = "MatrixParticipant.ofMatrix";
    static final String BY_TOKEN = "MatrixParticipant.byToken";
    static final String COUNT_OF_MATRIX = "MatrixParticipant.countOfMatrix";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matrix_id", nullable = false)
    private DecisionMatrix matrix;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private int version;

    protected MatrixParticipant() {
        // for JPA
    }

    MatrixParticipant(DecisionMatrix matrix, String email, String name, String tokenHash, Instant now) {
        this.matrix = matrix;
        this.email = email;
        this.name = name;
        this.tokenHash = tokenHash;
        this.invitedAt = now;
    }

    /** A new link: the old one stops working. */
    void reissue(String newTokenHash, Instant now) {
        tokenHash = newTokenHash;
        invitedAt = now;
    }

    void start(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
    }

    void submit(Instant now) {
        submittedAt = now;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** "Invited", "Scoring" or "Submitted". */
    public String getProgress() {
        return submittedAt != null ? "Submitted" : startedAt != null ? "Scoring" : "Invited";
    }

    public Long getId() {
        return id;
    }

    public DecisionMatrix getMatrix() {
        return matrix;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    /** The digest of the participant's newest link. */
    String getTokenHash() {
        return tokenHash;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
