-- Bibliography entries of the research library: one row per revision, with the work's facts and
-- its citations formatted when it was written (so a list of hundreds needs no formatting at all).
CREATE TABLE bibliography_entry (
    revision_id      BIGINT        NOT NULL,
    entry_type       VARCHAR(20)   NOT NULL,
    publication_year INT           NULL,
    container        VARCHAR(300)  NULL,
    publisher        VARCHAR(200)  NULL,
    volume           VARCHAR(50)   NULL,
    issue            VARCHAR(50)   NULL,
    pages            VARCHAR(50)   NULL,
    doi              VARCHAR(200)  NULL,
    url              VARCHAR(2000) NULL,
    abstract_text    VARCHAR(5000) NULL,
    citation_apa     VARCHAR(4000) NOT NULL,
    citation_chicago VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_bibliography_entry PRIMARY KEY (revision_id),
    CONSTRAINT fk_bibliography_entry_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id),
    CONSTRAINT ck_bibliography_entry_type CHECK (entry_type IN ('ARTICLE', 'REPORT', 'BOOK', 'CHAPTER', 'WEB_PAGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_bibliography_entry_doi ON bibliography_entry (doi);

-- the authors in the order of the publication
CREATE TABLE bibliography_author (
    revision_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    family      VARCHAR(100) NOT NULL,
    given       VARCHAR(100) NULL,
    CONSTRAINT pk_bibliography_author PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_bibliography_author_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE bibliography_tag (
    revision_id BIGINT      NOT NULL,
    tag         VARCHAR(50) NOT NULL,
    CONSTRAINT pk_bibliography_tag PRIMARY KEY (revision_id, tag),
    CONSTRAINT fk_bibliography_tag_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
