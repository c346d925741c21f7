-- Member accounts, their roles, the single-use tokens mailed to them, and the mail outbox.
-- One script for MariaDB/MySQL and for H2 in MySQL mode: keep to the syntax both accept.

CREATE TABLE account (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    email                   VARCHAR(254) NOT NULL,
    full_name               VARCHAR(200) NOT NULL,
    password_hash           VARCHAR(255) NOT NULL,
    jurisdiction_name       VARCHAR(200) NOT NULL,
    jurisdiction_region     VARCHAR(100) NOT NULL,
    jurisdiction_country    CHAR(2)      NOT NULL,
    jurisdiction_population INT          NOT NULL,
    position_title          VARCHAR(200) NOT NULL,
    position_type           VARCHAR(30)  NOT NULL,
    email_verified_at       DATETIME(6)  NULL,
    disabled_at             DATETIME(6)  NULL,
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    version                 INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_population CHECK (jurisdiction_population >= 0),
    CONSTRAINT ck_account_position_type CHECK (position_type IN ('CAO', 'ACAO', 'LOCAL_GOVERNMENT_STAFF', 'STUDENT', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_account_full_name ON account (full_name);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('MEMBER', 'EDITOR', 'PROVIDER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Only the SHA-256 digest of a mailed token is kept, so a copy of the database holds no live link.
CREATE TABLE account_token (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    account_id   BIGINT      NOT NULL,
    purpose      VARCHAR(30) NOT NULL,
    token_digest CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    expires_at   DATETIME(6) NOT NULL,
    used_at      DATETIME(6) NULL,
    CONSTRAINT pk_account_token PRIMARY KEY (id),
    CONSTRAINT uq_account_token_digest UNIQUE (token_digest),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_account_token_account ON account_token (account_id, purpose);

-- Every message the portal sends is written here in the same transaction as the change that
-- caused it; it is then delivered over SMTP when SMTP is configured, and administrators can read it.
CREATE TABLE outbound_mail (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    recipient   VARCHAR(254)  NOT NULL,
    subject     VARCHAR(255)  NOT NULL,
    body        MEDIUMTEXT    NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    attempts    INT           NOT NULL DEFAULT 0,
    last_error  VARCHAR(1000) NULL,
    created_at  DATETIME(6)   NOT NULL,
    sent_at     DATETIME(6)   NULL,
    CONSTRAINT pk_outbound_mail PRIMARY KEY (id),
    CONSTRAINT ck_outbound_mail_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'NOT_SENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_outbound_mail_status ON outbound_mail (status, created_at);
CREATE INDEX ix_outbound_mail_recipient ON outbound_mail (recipient);
