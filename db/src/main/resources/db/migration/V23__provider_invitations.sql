-- The provider marketplace, part two: a provider's users invite colleagues by e-mail. The link's
-- token is kept only as its SHA-256 digest; a link works once, until it expires, for the address it
-- was sent to. The rows also count what an organisation mailed in a day.
CREATE TABLE provider_invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    invited_by      BIGINT       NOT NULL,
    invited_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    accepted_by     BIGINT       NULL,
    accepted_at     DATETIME(6)  NULL,
    replaced_at     DATETIME(6)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_provider_invitation PRIMARY KEY (id),
    CONSTRAINT uq_provider_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_pi_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id),
    CONSTRAINT fk_pi_invited_by FOREIGN KEY (invited_by) REFERENCES account (id),
    CONSTRAINT fk_pi_accepted_by FOREIGN KEY (accepted_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_provider_invitation_sent ON provider_invitation (organisation_id, invited_at);
