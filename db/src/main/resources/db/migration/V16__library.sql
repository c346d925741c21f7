-- The research library: items (a case study, a research summary, …) and their revisions. An item
-- is what a URL names; a revision is one version of its text, written by an editor and reviewed by
-- another. The live revision is what visitors read; an open revision is the draft (or the one in
-- review, or approved for a later time) that will replace it. Every revision is kept.
CREATE TABLE library_item (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    kind               VARCHAR(30)  NOT NULL,
    slug               VARCHAR(80)  NOT NULL,
    live_revision_id   BIGINT       NULL,
    open_revision_id   BIGINT       NULL,
    archived           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by         BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    published_at       DATETIME(6)  NULL,
    changed_at         DATETIME(6)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_library_item PRIMARY KEY (id),
    CONSTRAINT uq_library_item_slug UNIQUE (kind, slug),
    CONSTRAINT fk_library_item_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_library_item_kind CHECK (kind IN ('CASE_STUDY', 'RESEARCH_SUMMARY', 'BIBLIOGRAPHY_ENTRY',
                                                    'TRAINING_PROGRAMME', 'PROGRAMME_PAGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_library_item_listing ON library_item (kind, archived, published_at);

CREATE TABLE library_revision (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    item_id         BIGINT        NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    number          INT           NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    title           VARCHAR(300)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    body_html       MEDIUMTEXT    NOT NULL,
    access          VARCHAR(20)   NOT NULL,
    author_id       BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    saved_at        DATETIME(6)   NOT NULL,
    submitted_by    BIGINT        NULL,
    submitted_at    DATETIME(6)   NULL,
    reviewed_by     BIGINT        NULL,
    review_comment  VARCHAR(2000) NULL,
    publish_at      DATETIME(6)   NULL,
    published_at    DATETIME(6)   NULL,
    restored_from   INT           NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_library_revision PRIMARY KEY (id),
    CONSTRAINT uq_library_revision_number UNIQUE (item_id, number),
    CONSTRAINT fk_library_revision_item FOREIGN KEY (item_id) REFERENCES library_item (id),
    CONSTRAINT fk_library_revision_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT ck_library_revision_state CHECK (state IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED', 'SUPERSEDED')),
    CONSTRAINT ck_library_revision_access CHECK (access IN ('PUBLIC', 'MEMBERS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the scheduled-publishing job looks for approved revisions whose time has come
CREATE INDEX ix_library_revision_due ON library_revision (state, publish_at);

ALTER TABLE library_item ADD CONSTRAINT fk_library_item_live FOREIGN KEY (live_revision_id) REFERENCES library_revision (id);
ALTER TABLE library_item ADD CONSTRAINT fk_library_item_open FOREIGN KEY (open_revision_id) REFERENCES library_revision (id);

CREATE TABLE library_revision_service_area (
    revision_id     BIGINT NOT NULL,
    service_area_id BIGINT NOT NULL,
    CONSTRAINT pk_library_revision_service_area PRIMARY KEY (revision_id, service_area_id),
    CONSTRAINT fk_lrsa_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id),
    CONSTRAINT fk_lrsa_service_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the fields only a case study has, one row per revision of a case study
CREATE TABLE case_study (
    revision_id          BIGINT        NOT NULL,
    arrangement          VARCHAR(30)   NOT NULL,
    year_started         INT           NULL,
    annual_savings       DECIMAL(14,2) NULL,
    savings_currency     CHAR(3)       NULL,
    savings_percent      DECIMAL(5,2)  NULL,
    service_level_change VARCHAR(2000) NULL,
    lessons_learned      VARCHAR(4000) NULL,
    contact              VARCHAR(300)  NULL,
    sample               BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT pk_case_study PRIMARY KEY (revision_id),
    CONSTRAINT fk_case_study_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id),
    CONSTRAINT ck_case_study_arrangement CHECK (arrangement IN ('CONTRACT', 'INTERLOCAL_AGREEMENT', 'SHARED_SERVICE',
                                                               'CONSOLIDATION', 'JOINT_AUTHORITY', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE case_study_partner_type (
    revision_id  BIGINT      NOT NULL,
    partner_type VARCHAR(30) NOT NULL,
    CONSTRAINT pk_case_study_partner_type PRIMARY KEY (revision_id, partner_type),
    CONSTRAINT fk_cspt_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id),
    CONSTRAINT ck_cspt_type CHECK (partner_type IN ('INTERGOVERNMENTAL', 'PRIVATE', 'NONPROFIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the local governments a case study is about, in the order the editor gave them
CREATE TABLE case_study_jurisdiction (
    revision_id             BIGINT       NOT NULL,
    position                INT          NOT NULL,
    jurisdiction_name       VARCHAR(200) NOT NULL,
    jurisdiction_region     VARCHAR(100) NOT NULL,
    jurisdiction_country    VARCHAR(2)   NOT NULL,
    jurisdiction_population INT          NOT NULL,
    CONSTRAINT pk_case_study_jurisdiction PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_csj_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- a renamed item's earlier addresses, answered with a permanent redirect
CREATE TABLE library_former_slug (
    kind    VARCHAR(30) NOT NULL,
    slug    VARCHAR(80) NOT NULL,
    item_id BIGINT      NOT NULL,
    CONSTRAINT pk_library_former_slug PRIMARY KEY (kind, slug),
    CONSTRAINT fk_library_former_slug_item FOREIGN KEY (item_id) REFERENCES library_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- files attached to items (reports, images), in the database so that every node serves them
CREATE TABLE library_file (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    item_id     BIGINT       NOT NULL,
    file_name   VARCHAR(120) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    content     LONGBLOB     NOT NULL,
    uploaded_by BIGINT       NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_library_file PRIMARY KEY (id),
    CONSTRAINT fk_library_file_item FOREIGN KEY (item_id) REFERENCES library_item (id),
    CONSTRAINT fk_library_file_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- what changed in the library, written in the same transaction as the change: each node's search
-- index reads it from where it stopped, so every node catches up whichever node published
CREATE TABLE library_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    item_id    BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_library_change PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
