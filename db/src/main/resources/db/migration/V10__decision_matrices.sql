-- The decision-matrix tool. Reference data: the research matrix's fourteen characteristics with
-- the guidance for each grade, and the default criteria a new matrix starts with (both editable
-- by administrators). A matrix belongs to its owner; its options, criteria with weights, grades
-- and scores are the matrix itself, which the owner edits and finally agrees on.
CREATE TABLE readiness_characteristic (
    code                 VARCHAR(40)  NOT NULL,
    characteristic_group VARCHAR(20)  NOT NULL,
    position             INT          NOT NULL,
    name                 VARCHAR(100) NOT NULL,
    question             VARCHAR(500) NOT NULL,
    grade_1              VARCHAR(500) NOT NULL,
    grade_2              VARCHAR(500) NOT NULL,
    grade_3              VARCHAR(500) NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_readiness_characteristic PRIMARY KEY (code),
    CONSTRAINT ck_characteristic_group CHECK (characteristic_group IN ('SERVICE', 'COMMUNITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE default_criterion (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NOT NULL,
    weight      INT          NOT NULL,
    position    INT          NOT NULL,
    CONSTRAINT pk_default_criterion PRIMARY KEY (id),
    CONSTRAINT ck_default_criterion_weight CHECK (weight BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE decision_matrix (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    owner_id        BIGINT        NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    service_area_id BIGINT        NULL,
    context         VARCHAR(2000) NULL,
    scale_min       INT           NOT NULL,
    scale_max       INT           NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    shared          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    finalised_at    DATETIME(6)   NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_decision_matrix PRIMARY KEY (id),
    CONSTRAINT fk_matrix_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT fk_matrix_service_area FOREIGN KEY (service_area_id) REFERENCES service_area (id),
    CONSTRAINT ck_matrix_status CHECK (status IN ('OPEN', 'FINAL')),
    CONSTRAINT ck_matrix_scale CHECK (scale_min >= 0 AND scale_max > scale_min AND scale_max <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_matrix_owner ON decision_matrix (owner_id, updated_at);

CREATE TABLE matrix_option (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    matrix_id BIGINT       NOT NULL,
    name      VARCHAR(100) NOT NULL,
    position  INT          NOT NULL,
    CONSTRAINT pk_matrix_option PRIMARY KEY (id),
    CONSTRAINT fk_option_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id),
    CONSTRAINT uq_option_name UNIQUE (matrix_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE matrix_criterion (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    matrix_id   BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500) NULL,
    weight      INT          NOT NULL,
    position    INT          NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_matrix_criterion PRIMARY KEY (id),
    CONSTRAINT fk_criterion_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id),
    CONSTRAINT uq_criterion_name UNIQUE (matrix_id, name),
    CONSTRAINT ck_criterion_weight CHECK (weight BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the matrix's grade of each characteristic, with the reason written down
CREATE TABLE matrix_grade (
    matrix_id      BIGINT        NOT NULL,
    characteristic VARCHAR(40)   NOT NULL,
    grade          INT           NOT NULL,
    note           VARCHAR(1000) NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_matrix_grade PRIMARY KEY (matrix_id, characteristic),
    CONSTRAINT fk_grade_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id),
    CONSTRAINT fk_grade_characteristic FOREIGN KEY (characteristic) REFERENCES readiness_characteristic (code),
    CONSTRAINT ck_grade CHECK (grade BETWEEN 1 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- the matrix's score of an option on a criterion, with its rationale
CREATE TABLE matrix_score (
    option_id    BIGINT        NOT NULL,
    criterion_id BIGINT        NOT NULL,
    score        INT           NOT NULL,
    rationale    VARCHAR(1000) NULL,
    version      INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_matrix_score PRIMARY KEY (option_id, criterion_id),
    CONSTRAINT fk_score_option FOREIGN KEY (option_id) REFERENCES matrix_option (id),
    CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES matrix_criterion (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- what changed, when and by whom: the matrix's history
CREATE TABLE matrix_change (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    matrix_id  BIGINT       NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    changed_by VARCHAR(200) NOT NULL,
    what       VARCHAR(500) NOT NULL,
    CONSTRAINT pk_matrix_change PRIMARY KEY (id),
    CONSTRAINT fk_change_matrix FOREIGN KEY (matrix_id) REFERENCES decision_matrix (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_matrix_change ON matrix_change (matrix_id, changed_at);

INSERT INTO default_criterion (name, description, weight, position) VALUES
    ('Service level and quality', 'How well residents would be served: reliability, response, satisfaction.', 20, 1),
    ('Annual cost', 'What the service would cost each year, all in.', 20, 2),
    ('Transition cost', 'One-time costs of moving to the option: equipment, contracts, training.', 10, 3),
    ('Control and accountability', 'How directly the council can steer the service and answer for it.', 10, 4),
    ('Financial risk', 'Exposure to cost overruns, price rises or a partner''s failure.', 10, 5),
    ('Legal and political risk', 'Legal hurdles, liability and the likely public and political reaction.', 10, 6),
    ('Capacity and expertise', 'Whether the skills, staff and equipment exist to deliver it well.', 10, 7),
    ('Effect on employees', 'What happens to the people who deliver the service today.', 5, 8),
    ('Implementation effort', 'How much work and time it takes to put in place.', 5, 9);

INSERT INTO readiness_characteristic (code, characteristic_group, position, name, question, grade_1, grade_2, grade_3) VALUES
('ASSET_SPECIFICITY', 'SERVICE', 1, 'Asset specificity',
 'Does the service need specialised equipment, facilities or skills that have few other uses?',
 'Highly specialised assets that few others own or could use: hard to hand over.',
 'Some specialised assets, but they could be shared or bought by a partner.',
 'Ordinary assets that many providers already have.'),
('CONTRACT_SPECIFICATION', 'SERVICE', 2, 'Ease of contract specification and monitoring',
 'Can the service be described in a contract and its results measured?',
 'Outcomes are hard to define or observe; quality is hard to check.',
 'The main results can be measured, but some important parts cannot.',
 'Clear, measurable outputs (tons collected, miles paved) that are easy to monitor.'),
('LABOR_INTENSITY', 'SERVICE', 3, 'Labor intensity',
 'How much of the cost is staff time?',
 'Mostly staff, with protected positions: change is costly for people.',
 'A mix of staff and equipment.',
 'Staff are a small share, or a partner could employ them on fair terms.'),
('CAPITAL_INTENSITY', 'SERVICE', 4, 'Capital intensity',
 'Does the service need large investments that a partner could share?',
 'Large investments only we could make, or none that sharing would save.',
 'Some investment that sharing could spread.',
 'Large investments that pooling with a partner would spread (economies of scale).'),
('COSTS', 'SERVICE', 5, 'Costs',
 'Are today''s costs high compared with what a partner could offer?',
 'Costs are low already; little to save.',
 'Some savings look possible.',
 'Costs are high or rising, and comparable services cost clearly less elsewhere.'),
('MANAGEMENT_COMPETENCIES', 'SERVICE', 6, 'Management competencies',
 'Do we have the skills to manage a partnership or a contract?',
 'No experience with contracts or agreements of this kind.',
 'Some experience; would need help to monitor well.',
 'Staff experienced in negotiating and monitoring agreements.'),
('ADMINISTRATIVE_STABILITY', 'SERVICE', 7, 'Stability of the administrative team',
 'Will the people who set up the arrangement be there to run it?',
 'Frequent turnover in key positions.',
 'Some turnover expected.',
 'A stable team with continuity.'),
('PUBLIC_PARTNERS', 'COMMUNITY', 8, 'Possible public partners',
 'Are there nearby governments that deliver this service or want to share it?',
 'None nearby, or relations are poor.',
 'One or two possible partners.',
 'Several neighbouring governments with the capacity and interest.'),
('PRIVATE_PARTNERS', 'COMMUNITY', 9, 'Possible private partners',
 'Are there firms that could deliver the service, competing for the work?',
 'No firm, or a single one (no competition).',
 'A few firms.',
 'A competitive market of capable firms.'),
('NONPROFIT_PARTNERS', 'COMMUNITY', 10, 'Possible nonprofit partners',
 'Are there nonprofits able to deliver the service?',
 'None with the capacity.',
 'One or two, with limited capacity.',
 'Established nonprofits already doing similar work.'),
('POLITICAL_ENVIRONMENT', 'COMMUNITY', 11, 'Council orientation and political environment',
 'How does the council (and the community) see delivering the service another way?',
 'Opposed, or divided along lines that make change unlikely.',
 'Open to it with conditions.',
 'Supportive, and looking for better ways to deliver services.'),
('FISCAL_HEALTH', 'COMMUNITY', 12, 'Fiscal and economic health',
 'Does the budget situation press for a different way of delivering the service?',
 'Finances are comfortable: little pressure to change.',
 'Some pressure on the budget.',
 'Strong pressure: costs must come down or revenues are falling.'),
('UNIONS', 'COMMUNITY', 13, 'Unions',
 'How would employee organisations respond?',
 'Strong opposition expected, with contract terms that limit change.',
 'Concerns that could be worked through.',
 'No union involvement, or unions open to the change.'),
('PUBLIC_INTEREST', 'COMMUNITY', 14, 'Public interest',
 'How much do residents care about how this service is delivered?',
 'Residents strongly want it kept as it is.',
 'Mixed or little interest.',
 'Residents ask for better service or lower cost and would welcome change.');
