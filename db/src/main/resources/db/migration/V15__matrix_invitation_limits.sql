-- Invitation mails each owner sent (first links and new links), counted to cap what one owner
-- mails in 24 hours. No invitee is named here.
CREATE TABLE matrix_invitation_sent (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    owner_id  BIGINT      NOT NULL,
    matrix_id BIGINT      NOT NULL,
    sent_at   DATETIME(6) NOT NULL,
    CONSTRAINT pk_matrix_invitation_sent PRIMARY KEY (id),
    CONSTRAINT fk_invitation_sent_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT fk_invitation_sent_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_invitation_sent_owner ON matrix_invitation_sent (owner_id, sent_at);

-- A matrix's history is read by every member in good standing once it is shared: it no longer
-- names the people invited to its dialogue, nor their addresses.
UPDATE matrix_change SET what = 'Invited a participant' WHERE what LIKE 'Invited %';
UPDATE matrix_change SET changed_by = 'A participant' WHERE what = 'Submitted their scores';
