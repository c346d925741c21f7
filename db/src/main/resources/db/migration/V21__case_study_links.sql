-- A case study links to related library items (in the editor's order) and, as a worked example,
-- to one decision matrix that its owner finalised and shared with members.
CREATE TABLE case_study_related_item (
    revision_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    item_id     BIGINT NOT NULL,
    CONSTRAINT pk_case_study_related_item PRIMARY KEY (revision_id, position),
    CONSTRAINT fk_csri_revision FOREIGN KEY (revision_id) REFERENCES library_revision (id),
    CONSTRAINT fk_csri_item FOREIGN KEY (item_id) REFERENCES library_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE case_study ADD COLUMN matrix_id BIGINT NULL;
ALTER TABLE case_study ADD CONSTRAINT fk_case_study_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id);
