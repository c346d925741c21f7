-- The library's other resource kinds, each with a table of its own fields beside library_revision
-- (as case_study): research summaries, training programmes and programme pages.

-- a research summary: who wrote it, when, its key findings and (optionally) the full report as one
-- of the item's attached files
CREATE TABLE research_summary (
    revision_id           BIGINT        NOT NULL,
    authors               VARCHAR(500)  NOT NULL,
    partner_organisations VARCHAR(1000) NULL,
    publication_date      DATE          NULL,
    report_file_id        BIGINT        NULL,
    CONSTRAINT pk_research_summary PRIMARY KEY (revision_id),
    CONSTRAINT fk_research_summary_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id),
    CONSTRAINT fk_research_summary_report FOREIGN KEY (report_file_id) REFERENCES library_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_research_summary_date ON research_summary (publication_date);

-- its key findings, in the order the editor gave them
CREATE TABLE research_summary_finding (
    revision_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    finding     VARCHAR(500) NOT NULL,
    CONSTRAINT pk_research_summary_finding PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_rsf_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- a training programme: who gives it, how, how long, what it costs (no price: free) and where to register
CREATE TABLE training_programme (
    revision_id      BIGINT        NOT NULL,
    provider         VARCHAR(300)  NOT NULL,
    training_format  VARCHAR(20)   NOT NULL,
    duration         VARCHAR(200)  NULL,
    member_price     DECIMAL(10,2) NULL,
    non_member_price DECIMAL(10,2) NULL,
    price_currency   CHAR(3)       NULL,
    credits          DECIMAL(5,2)  NULL,
    registration_url VARCHAR(500)  NULL,
    CONSTRAINT pk_training_programme PRIMARY KEY (revision_id),
    CONSTRAINT fk_training_programme_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id),
    CONSTRAINT ck_training_programme_format CHECK (training_format IN ('ONLINE', 'IN_PERSON', 'SELF_PACED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- its upcoming dates, each perhaps an event of the portal's catalog (no foreign key: an event
-- removed later leaves the date, shown without its link)
CREATE TABLE training_programme_date (
    revision_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    starts_on   DATE   NOT NULL,
    event_id    BIGINT NULL,
    CONSTRAINT pk_training_programme_date PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_tpd_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- a programme page: a hub an editor curates, with its partners and its sponsor's acknowledgement
CREATE TABLE programme_page (
    revision_id             BIGINT        NOT NULL,
    partner_organisations   VARCHAR(1000) NULL,
    sponsor_acknowledgement VARCHAR(1000) NULL,
    CONSTRAINT pk_programme_page PRIMARY KEY (revision_id),
    CONSTRAINT fk_programme_page_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the library items it gathers, in the editor's order
CREATE TABLE programme_page_item (
    revision_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    item_id     BIGINT NOT NULL,
    CONSTRAINT pk_programme_page_item PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_ppi_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id),
    CONSTRAINT fk_ppi_item FOREIGN KEY (item_id) REFERENCES library_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the events it links to, in the editor's order (no foreign key, as training dates)
CREATE TABLE programme_page_event (
    revision_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    event_id    BIGINT NOT NULL,
    CONSTRAINT pk_programme_page_event PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_ppe_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
