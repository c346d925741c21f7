-- Reminders already sent: one row per membership, period end and kind, so each goes out once
-- however often the job runs or however many nodes run it.
CREATE TABLE membership_reminder (
    membership_id BIGINT      NOT NULL,
    paid_through  DATE        NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    sent_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_membership_reminder PRIMARY KEY (membership_id, paid_through, kind),
    CONSTRAINT fk_membership_reminder FOREIGN KEY (membership_id) REFERENCES membership (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
