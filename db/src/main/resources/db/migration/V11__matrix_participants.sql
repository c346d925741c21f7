-- Group dialogue on a matrix: the people its owner invites (members or not), what each of them
-- grades and scores on their own, and comments. An invitation is a link with a random token;
-- only the token's SHA-256 digest is stored. Each participant's grades and scores are theirs alone.
CREATE TABLE matrix_participant (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    matrix_id    BIGINT       NOT NULL,
    email        VARCHAR(254) NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    invited_at   DATETIME(6)  NOT NULL,
    started_at   DATETIME(6)  NULL,
    submitted_at DATETIME(6)  NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_matrix_participant PRIMARY KEY (id),
    CONSTRAINT fk_participant_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id),
    CONSTRAINT uq_participant_email UNIQUE (matrix_id, email),
    CONSTRAINT uq_participant_token UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE participant_grade (
    participant_id BIGINT        NOT NULL,
    characteristic VARCHAR(40)   NOT NULL,
    grade          INT           NOT NULL,
    note           VARCHAR(1000) NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_participant_grade PRIMARY KEY (participant_id, characteristic),
    CONSTRAINT fk_pgrade_participant FOREIGN KEY (participant_id) REFERENCES matrix_participant (id),
    CONSTRAINT fk_pgrade_characteristic FOREIGN KEY (characteristic) REFERENCES readiness_characteristic (code),
    CONSTRAINT ck_pgrade CHECK (grade BETWEEN 1 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE participant_score (
    participant_id BIGINT        NOT NULL,
    option_id      BIGINT        NOT NULL,
    criterion_id   BIGINT        NOT NULL,
    score          INT           NOT NULL,
    rationale      VARCHAR(1000) NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_participant_score PRIMARY KEY (participant_id, option_id, criterion_id),
    CONSTRAINT fk_pscore_participant FOREIGN KEY (participant_id) REFERENCES matrix_participant (id),
    CONSTRAINT fk_pscore_option FOREIGN KEY (option_id) REFERENCES matrix_option (id),
    CONSTRAINT fk_pscore_criterion FOREIGN KEY (criterion_id) REFERENCES matrix_criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- a comment on a criterion or a characteristic ("criterion:12", "characteristic:UNIONS")
CREATE TABLE matrix_comment (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    matrix_id   BIGINT        NOT NULL,
    topic       VARCHAR(60)   NOT NULL,
    author_name VARCHAR(100)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_matrix_comment PRIMARY KEY (id),
    CONSTRAINT fk_comment_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_matrix_comment ON matrix_comment (matrix_id, topic, created_at);
