-- The provider marketplace, part three: a member's request for technical assistance, addressed to
-- one to five providers, with a conversation per provider, proposals, and its closing.
CREATE TABLE assistance_request (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    requester_id            BIGINT        NOT NULL,
    service_area_id         BIGINT        NOT NULL,
    -- copied from the requester's profile when sent: a later change of profile does not rewrite it
    jurisdiction_name       VARCHAR(200)  NOT NULL,
    jurisdiction_region     VARCHAR(100)  NOT NULL,
    jurisdiction_country    VARCHAR(2)    NOT NULL,
    jurisdiction_population INT           NOT NULL,
    partnership_kind        VARCHAR(30)   NULL,
    title                   VARCHAR(200)  NOT NULL,
    needs                   VARCHAR(6000) NOT NULL,
    timeline                VARCHAR(300)  NOT NULL,
    budget_range            VARCHAR(30)   NOT NULL,
    matrix_id               BIGINT        NULL,
    status                  VARCHAR(20)   NOT NULL,
    chosen_provider_id      BIGINT        NULL,
    feedback                VARCHAR(2000) NULL,
    sent_at                 DATETIME(6)   NOT NULL,
    closed_at               DATETIME(6)   NULL,
    version                 INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_assistance_request PRIMARY KEY (id),
    CONSTRAINT fk_ar_requester FOREIGN KEY (requester_id) REFERENCES account (id),
    CONSTRAINT fk_ar_service_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT fk_ar_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id) ON DELETE SET NULL,
    CONSTRAINT fk_ar_chosen FOREIGN KEY (chosen_provider_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_ar_requester ON assistance_request (requester_id, sent_at);
CREATE INDEX ix_ar_sent ON assistance_request (sent_at);

-- one row per provider a request is addressed to: where that provider stands with it
CREATE TABLE request_addressee (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    request_id           BIGINT        NOT NULL,
    organisation_id      BIGINT        NOT NULL,
    state                VARCHAR(20)   NOT NULL,
    read_at              DATETIME(6)   NULL,
    first_answer_at      DATETIME(6)   NULL,
    decline_reason       VARCHAR(2000) NULL,
    shortlisted          BOOLEAN       NOT NULL DEFAULT FALSE,
    reminded_at          DATETIME(6)   NULL,
    provider_notified_at DATETIME(6)   NULL,
    member_notified_at   DATETIME(6)   NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_request_addressee PRIMARY KEY (id),
    CONSTRAINT uq_request_addressee UNIQUE (request_id, organisation_id),
    CONSTRAINT fk_ra_request FOREIGN KEY (request_id) REFERENCES assistance_request (id),
    CONSTRAINT fk_ra_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_ra_organisation ON request_addressee (organisation_id, request_id);
CREATE INDEX ix_ra_waiting ON request_addressee (state, reminded_at);

-- files: the request's own (addressee_id NULL: every addressed provider sees them) or a proposal's
-- (only the requester and that provider see it)
CREATE TABLE request_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    request_id   BIGINT       NOT NULL,
    addressee_id BIGINT       NULL,
    file_name    VARCHAR(120) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_request_attachment PRIMARY KEY (id),
    CONSTRAINT fk_rat_request FOREIGN KEY (request_id) REFERENCES assistance_request (id),
    CONSTRAINT fk_rat_addressee FOREIGN KEY (addressee_id) REFERENCES request_addressee (id),
    CONSTRAINT fk_rat_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the conversation between the requester and one provider
CREATE TABLE request_message (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    addressee_id  BIGINT        NOT NULL,
    from_provider BOOLEAN       NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    body          VARCHAR(6000) NOT NULL,
    price         DECIMAL(14,2) NULL,
    currency      VARCHAR(3)    NULL,
    attachment_id BIGINT        NULL,
    written_by    BIGINT        NOT NULL,
    written_at    DATETIME(6)   NOT NULL,
    CONSTRAINT pk_request_message PRIMARY KEY (id),
    CONSTRAINT fk_rm_addressee FOREIGN KEY (addressee_id) REFERENCES request_addressee (id),
    CONSTRAINT fk_rm_attachment FOREIGN KEY (attachment_id) REFERENCES request_attachment (id),
    CONSTRAINT fk_rm_written_by FOREIGN KEY (written_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_rm_addressee ON request_message (addressee_id, written_at);
