-- The provider marketplace, part two: what an approved provider offers. A listing is one offering
-- of one provider, named by an address unique within the provider; what it says lives in its
-- versions. The live version is what the directory shows; a pending version (a draft, or one
-- waiting for a moderator) replaces it only when approved. Every version is kept. A listing runs
-- for a term; reminders before its end and the moderators' notices are recorded once each.
CREATE TABLE provider_listing (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id    BIGINT       NOT NULL,
    slug               VARCHAR(80)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    live_version_id    BIGINT       NULL,
    pending_version_id BIGINT       NULL,
    term_ends_on       DATE         NULL,
    created_by         BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    published_at       DATETIME(6)  NULL,
    changed_at         DATETIME(6)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_provider_listing PRIMARY KEY (id),
    CONSTRAINT uq_provider_listing_slug UNIQUE (organisation_id, slug),
    CONSTRAINT fk_listing_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id),
    CONSTRAINT fk_listing_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_listing_status CHECK (status IN ('NEW', 'LIVE', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
-- the directory reads live listings within their term; the term tick finds those ending
CREATE INDEX ix_listing_directory ON provider_listing (status, term_ends_on);

CREATE TABLE provider_listing_version (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    listing_id       BIGINT        NOT NULL,
    number           INT           NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    summary          VARCHAR(600)  NOT NULL,
    description_html MEDIUMTEXT    NOT NULL,
    price_model      VARCHAR(30)   NOT NULL,
    price_note       VARCHAR(300)  NULL,
    written_by       BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    saved_at         DATETIME(6)   NOT NULL,
    submitted_at     DATETIME(6)   NULL,
    decided_by       BIGINT        NULL,
    decided_at       DATETIME(6)   NULL,
    review_comment   VARCHAR(2000) NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_provider_listing_version PRIMARY KEY (id),
    CONSTRAINT uq_listing_version_number UNIQUE (listing_id, number),
    CONSTRAINT fk_listing_version_listing FOREIGN KEY (listing_id) REFERENCES provider_listing (id),
    CONSTRAINT fk_listing_version_writer FOREIGN KEY (written_by) REFERENCES account (id),
    CONSTRAINT ck_listing_version_state CHECK (state IN ('DRAFT', 'WAITING', 'SENT_BACK', 'LIVE', 'SUPERSEDED')),
    CONSTRAINT ck_listing_price_model CHECK (price_model IN ('FIXED_FEE', 'HOURLY', 'RETAINER', 'PER_PROJECT_QUOTE', 'GRANT_FUNDED', 'FREE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
-- the moderators' queue
CREATE INDEX ix_listing_version_state ON provider_listing_version (state, submitted_at);

ALTER TABLE provider_listing ADD CONSTRAINT fk_listing_live FOREIGN KEY (live_version_id) REFERENCES provider_listing_version (id);
ALTER TABLE provider_listing ADD CONSTRAINT fk_listing_pending FOREIGN KEY (pending_version_id) REFERENCES provider_listing_version (id);

CREATE TABLE provider_listing_service_area (
    version_id      BIGINT NOT NULL,
    service_area_id BIGINT NOT NULL,
    CONSTRAINT pk_listing_service_area PRIMARY KEY (version_id, service_area_id),
    CONSTRAINT fk_lsa_version FOREIGN KEY (version_id) REFERENCES provider_listing_version (id),
    CONSTRAINT fk_lsa_service_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_listing_service_area ON provider_listing_service_area (service_area_id);

CREATE TABLE provider_listing_partnership (
    version_id   BIGINT      NOT NULL,
    partner_type VARCHAR(30) NOT NULL,
    CONSTRAINT pk_listing_partnership PRIMARY KEY (version_id, partner_type),
    CONSTRAINT fk_lp_version FOREIGN KEY (version_id) REFERENCES provider_listing_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_listing_region (
    version_id BIGINT      NOT NULL,
    region     VARCHAR(10) NOT NULL,
    CONSTRAINT pk_listing_region PRIMARY KEY (version_id, region),
    CONSTRAINT fk_lr_version FOREIGN KEY (version_id) REFERENCES provider_listing_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_listing_region ON provider_listing_region (region);

-- public case studies of the library that show the offering at work
CREATE TABLE provider_listing_case_study (
    version_id BIGINT NOT NULL,
    position   INT    NOT NULL,
    item_id    BIGINT NOT NULL,
    CONSTRAINT pk_listing_case_study PRIMARY KEY (version_id, position),
    CONSTRAINT fk_lcs_version FOREIGN KEY (version_id) REFERENCES provider_listing_version (id),
    CONSTRAINT fk_lcs_item FOREIGN KEY (item_id) REFERENCES library_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- documents (a brochure, a sample report): stored once, listed by the versions that show them
CREATE TABLE provider_listing_document (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    listing_id BIGINT       NOT NULL,
    file_name  VARCHAR(100) NOT NULL,
    media_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    content    LONGBLOB     NOT NULL,
    added_by   BIGINT       NOT NULL,
    added_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_provider_listing_document PRIMARY KEY (id),
    CONSTRAINT fk_ld_listing FOREIGN KEY (listing_id) REFERENCES provider_listing (id),
    CONSTRAINT fk_ld_added_by FOREIGN KEY (added_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_listing_version_document (
    version_id  BIGINT NOT NULL,
    position    INT    NOT NULL,
    document_id BIGINT NOT NULL,
    CONSTRAINT pk_listing_version_document PRIMARY KEY (version_id, position),
    CONSTRAINT fk_lvd_version FOREIGN KEY (version_id) REFERENCES provider_listing_version (id),
    CONSTRAINT fk_lvd_document FOREIGN KEY (document_id) REFERENCES provider_listing_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- each notice about a listing, recorded before its mail is queued: a reminder is keyed on the term
-- it is about, so with several nodes (or a tick run twice) it is claimed, and sent, once
CREATE TABLE provider_listing_notice (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    listing_id      BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    term_ends_on    DATE         NOT NULL,
    sent_at         DATETIME(6)  NOT NULL,
    CONSTRAINT pk_provider_listing_notice PRIMARY KEY (id),
    CONSTRAINT uq_listing_notice UNIQUE (listing_id, kind, term_ends_on),
    CONSTRAINT fk_ln_listing FOREIGN KEY (listing_id) REFERENCES provider_listing (id),
    CONSTRAINT fk_ln_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
-- the limit on notices mailed to one organisation in a day
CREATE INDEX ix_listing_notice_organisation ON provider_listing_notice (organisation_id, sent_at);
