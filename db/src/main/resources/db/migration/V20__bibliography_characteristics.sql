-- The decision-matrix characteristics a bibliography entry informs (asset specificity, fiscal
-- health, …), so that a member grading one finds the research behind it.
CREATE TABLE bibliography_characteristic (
    revision_id    BIGINT      NOT NULL,
    characteristic VARCHAR(40) NOT NULL,
    CONSTRAINT pk_bibliography_characteristic PRIMARY KEY (revision_id, characteristic),
    CONSTRAINT fk_bibliography_characteristic_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
