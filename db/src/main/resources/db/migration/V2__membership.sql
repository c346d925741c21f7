-- Membership and dues: categories, effective-dated dues schedules with small-community discounts,
-- memberships, invoices and payments. One script for MariaDB/MySQL and for H2 in MySQL mode.

CREATE TABLE membership_category (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    code                VARCHAR(30)  NOT NULL,
    name                VARCHAR(100) NOT NULL,
    description         VARCHAR(500) NOT NULL,
    period_kind         VARCHAR(20)  NOT NULL,
    late_joiners_from   CHAR(5)      NULL,
    grace_days          INT          NOT NULL,
    renewal_opens_days  INT          NOT NULL,
    requires_approval   BOOLEAN      NOT NULL,
    display_order       INT          NOT NULL,
    CONSTRAINT pk_membership_category PRIMARY KEY (id),
    CONSTRAINT uq_membership_category_code UNIQUE (code),
    CONSTRAINT ck_membership_category_period CHECK (period_kind IN ('CALENDAR_YEAR', 'ANNIVERSARY')),
    CONSTRAINT ck_membership_category_days CHECK (grace_days >= 0 AND renewal_opens_days >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- which position types may choose a category
CREATE TABLE membership_category_position (
    category_id   BIGINT      NOT NULL,
    position_type VARCHAR(30) NOT NULL,
    CONSTRAINT pk_membership_category_position PRIMARY KEY (category_id, position_type),
    CONSTRAINT fk_membership_category_position FOREIGN KEY (category_id) REFERENCES membership_category (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE dues_schedule (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100) NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE         NULL,
    currency       CHAR(3)      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_dues_schedule PRIMARY KEY (id),
    CONSTRAINT uq_dues_schedule_from UNIQUE (effective_from),
    CONSTRAINT ck_dues_schedule_dates CHECK (effective_to IS NULL OR effective_to >= effective_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE dues_rate (
    schedule_id BIGINT        NOT NULL,
    category_id BIGINT        NOT NULL,
    annual_rate DECIMAL(12,2) NOT NULL,
    CONSTRAINT pk_dues_rate PRIMARY KEY (schedule_id, category_id),
    CONSTRAINT fk_dues_rate_schedule FOREIGN KEY (schedule_id) REFERENCES dues_schedule (id) ON DELETE CASCADE,
    CONSTRAINT fk_dues_rate_category FOREIGN KEY (category_id) REFERENCES membership_category (id),
    CONSTRAINT ck_dues_rate_amount CHECK (annual_rate >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE dues_discount (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    schedule_id     BIGINT        NOT NULL,
    from_population INT           NOT NULL,
    to_population   INT           NULL,
    kind            VARCHAR(20)   NOT NULL,
    amount          DECIMAL(12,4) NOT NULL,
    CONSTRAINT pk_dues_discount PRIMARY KEY (id),
    CONSTRAINT fk_dues_discount_schedule FOREIGN KEY (schedule_id) REFERENCES dues_schedule (id) ON DELETE CASCADE,
    CONSTRAINT ck_dues_discount_kind CHECK (kind IN ('PERCENT', 'FIXED_AMOUNT')),
    CONSTRAINT ck_dues_discount_amount CHECK (amount >= 0 AND (kind <> 'PERCENT' OR amount <= 100)),
    CONSTRAINT ck_dues_discount_band CHECK (from_population >= 1 AND (to_population IS NULL OR to_population >= from_population))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE dues_discount_category (
    discount_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    CONSTRAINT pk_dues_discount_category PRIMARY KEY (discount_id, category_id),
    CONSTRAINT fk_dues_discount_category_discount FOREIGN KEY (discount_id) REFERENCES dues_discount (id) ON DELETE CASCADE,
    CONSTRAINT fk_dues_discount_category_category FOREIGN KEY (category_id) REFERENCES membership_category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- one membership per account; its paid dates say where it stands on any day
CREATE TABLE membership (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    account_id      BIGINT        NOT NULL,
    category_id     BIGINT        NOT NULL,
    approval        VARCHAR(20)   NOT NULL,
    approval_note   VARCHAR(1000) NULL,
    decided_at      DATETIME(6)   NULL,
    paid_from       DATE          NULL,
    paid_through    DATE          NULL,
    cancelled_at    DATETIME(6)   NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_membership PRIMARY KEY (id),
    CONSTRAINT uq_membership_account UNIQUE (account_id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_membership_category FOREIGN KEY (category_id) REFERENCES membership_category (id),
    CONSTRAINT ck_membership_approval CHECK (approval IN ('NOT_NEEDED', 'PENDING', 'APPROVED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE invoice (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    number          VARCHAR(20)   NOT NULL,
    membership_id   BIGINT        NOT NULL,
    purpose         VARCHAR(20)   NOT NULL,
    category_name   VARCHAR(100)  NOT NULL,
    period_start    DATE          NOT NULL,
    period_end      DATE          NOT NULL,
    base_amount     DECIMAL(12,2) NOT NULL,
    discount_amount DECIMAL(12,2) NOT NULL,
    discount_reason VARCHAR(200)  NULL,
    total           DECIMAL(12,2) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    issued_at       DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_invoice PRIMARY KEY (id),
    CONSTRAINT uq_invoice_number UNIQUE (number),
    CONSTRAINT fk_invoice_membership FOREIGN KEY (membership_id) REFERENCES membership (id),
    CONSTRAINT ck_invoice_purpose CHECK (purpose IN ('JOIN', 'RENEWAL')),
    CONSTRAINT ck_invoice_status CHECK (status IN ('OPEN', 'PAID', 'VOID')),
    CONSTRAINT ck_invoice_amounts CHECK (base_amount >= 0 AND discount_amount >= 0 AND total >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_invoice_membership ON invoice (membership_id, issued_at);
CREATE INDEX ix_invoice_status ON invoice (status, issued_at);

-- one payment per invoice, enforced here: a double click, a retry or two administrators at once
-- cannot record a second payment or extend a membership twice
CREATE TABLE payment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    invoice_id   BIGINT        NOT NULL,
    amount       DECIMAL(12,2) NOT NULL,
    currency     CHAR(3)       NOT NULL,
    method       VARCHAR(20)   NOT NULL,
    reference    VARCHAR(100)  NOT NULL,
    received_on  DATE          NOT NULL,
    recorded_by  BIGINT        NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT uq_payment_invoice UNIQUE (invoice_id),
    CONSTRAINT fk_payment_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT ck_payment_method CHECK (method IN ('CHECK', 'BANK_TRANSFER', 'CARD_BY_PHONE')),
    CONSTRAINT ck_payment_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_payment_recorded ON payment (recorded_at);
