package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A remark on a criterion or a characteristic, by the owner or a participant. */
@Entity
@Table(name = "matrix_comment")
@NamedQuery(name = MatrixComment.OF_MATRIX, query = "SELECT c FROM MatrixComment c WHERE c.matrixId = :matrixId ORDER BY c.createdAt, c.id")
public class MatrixComment {

    static final String OF_MATRIX = "MatrixComment.ofMatrix";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "matrix_id", nullable = false)
    private Long matrixId;

    /** "criterion:12" or "characteristic:UNIONS". */
    @Column(nullable = false, length = 60)
    private String topic;

    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MatrixComment() {
        // for JPA
    }

    MatrixComment(long matrixId, String topic, String authorName, String body, Instant now) {
        this.matrixId = matrixId;
        this.topic = topic;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    public String getTopic() {
        return topic;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
