-- Webinars and conference sessions, and who registered. seats_taken is kept on the event row so
-- that taking a seat is one conditional UPDATE, correct however many people press at once.
CREATE TABLE event (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    kind                   VARCHAR(30)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    summary                VARCHAR(2000) NOT NULL,
    speakers               VARCHAR(500)  NOT NULL,
    topic                  VARCHAR(100)  NULL,
    starts_at              DATETIME(6)   NOT NULL,
    zone_id                VARCHAR(60)   NOT NULL,
    duration_minutes       INT           NOT NULL,
    online                 BOOLEAN       NOT NULL,
    join_url               VARCHAR(500)  NULL,
    venue                  VARCHAR(200)  NULL,
    room                   VARCHAR(100)  NULL,
    audience               VARCHAR(20)   NOT NULL,
    capacity               INT           NOT NULL,
    seats_taken            INT           NOT NULL DEFAULT 0,
    registration_opens_at  DATETIME(6)   NOT NULL,
    registration_closes_at DATETIME(6)   NOT NULL,
    credits                DECIMAL(5,2)  NOT NULL DEFAULT 0,
    status                 VARCHAR(20)   NOT NULL,
    recording_url          VARCHAR(500)  NULL,
    created_at             DATETIME(6)   NOT NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_event PRIMARY KEY (id),
    CONSTRAINT ck_event_kind CHECK (kind IN ('WEBINAR', 'CONFERENCE_SESSION')),
    CONSTRAINT ck_event_audience CHECK (audience IN ('MEMBERS_ONLY', 'EVERYONE')),
    CONSTRAINT ck_event_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    CONSTRAINT ck_event_seats CHECK (capacity >= 0 AND seats_taken >= 0 AND seats_taken <= capacity),
    CONSTRAINT ck_event_window CHECK (registration_closes_at > registration_opens_at),
    CONSTRAINT ck_event_duration CHECK (duration_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_event_starts ON event (status, starts_at);

-- one registration per member per event; a cancelled one is reused if they register again
CREATE TABLE registration (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    event_id      BIGINT      NOT NULL,
    account_id    BIGINT      NOT NULL,
    status        VARCHAR(20) NOT NULL,
    waitlisted_at DATETIME(6) NULL,
    created_at    DATETIME(6) NOT NULL,
    cancelled_at  DATETIME(6) NULL,
    version       INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_registration PRIMARY KEY (id),
    CONSTRAINT uq_registration_member UNIQUE (event_id, account_id),
    CONSTRAINT fk_registration_event FOREIGN KEY (event_id) REFERENCES event (id),
    CONSTRAINT fk_registration_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_registration_status CHECK (status IN ('REGISTERED', 'WAITLISTED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_registration_waitlist ON registration (event_id, status, waitlisted_at);
