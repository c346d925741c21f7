package org.civicportal.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One invitation mail an owner had sent (a first link or a new one), kept to count what each owner
 * sends in a day. It names no invitee: the count needs only who sent it and when.
 */
@Entity
@Table(name = "matrix_invitation_sent")
@NamedQuery(name = InvitationSent.COUNT_SINCE, query = "SELECT COUNT(s) FROM InvitationSent s WHERE s.ownerId = :ownerId"
        + " AND s.sentAt > :since")
public class InvitationSent {

    static final String COUNT_SINCE = "InvitationSent.countSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "matrix_id", nullable = false)
    private Long matrixId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected InvitationSent() {
        // for JPA
    }

    InvitationSent(long ownerId, long matrixId, Instant sentAt) {
        this.ownerId = ownerId;
        this.matrixId = matrixId;
        this.sentAt = sentAt;
    }
}
