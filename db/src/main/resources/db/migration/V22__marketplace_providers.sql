-- The provider marketplace, part one: organisations that apply to offer technical assistance, their
-- vetting by administrators, and the people who act for them.
CREATE TABLE provider_organisation (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    slug              VARCHAR(120)  NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    organisation_type VARCHAR(30)   NOT NULL,
    website           VARCHAR(500)  NULL,
    description       VARCHAR(4000) NOT NULL,
    head_office       VARCHAR(300)  NOT NULL,
    contact_name      VARCHAR(200)  NOT NULL,
    contact_email     VARCHAR(254)  NOT NULL,
    contact_phone     VARCHAR(50)   NULL,
    credentials       VARCHAR(4000) NULL,
    status            VARCHAR(20)   NOT NULL,
    status_reason     VARCHAR(2000) NULL,
    applied_by        BIGINT        NOT NULL,
    applied_at        DATETIME(6)    NOT NULL,
    decided_by        BIGINT        NULL,
    decided_at        DATETIME(6)    NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_provider_organisation PRIMARY KEY (id),
    CONSTRAINT uq_provider_organisation_slug UNIQUE (slug),
    CONSTRAINT fk_provider_applied_by FOREIGN KEY (applied_by) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_provider_status ON provider_organisation (status, name);

CREATE TABLE provider_service_area (
    organisation_id BIGINT NOT NULL,
    service_area_id BIGINT NOT NULL,
    CONSTRAINT pk_provider_service_area PRIMARY KEY (organisation_id, service_area_id),
    CONSTRAINT fk_psa_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id),
    CONSTRAINT fk_psa_service_area FOREIGN KEY (service_area_id) REFERENCES service_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_partnership (
    organisation_id BIGINT      NOT NULL,
    partner_type    VARCHAR(30) NOT NULL,
    CONSTRAINT pk_provider_partnership PRIMARY KEY (organisation_id, partner_type),
    CONSTRAINT fk_pp_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_region (
    organisation_id BIGINT      NOT NULL,
    region          VARCHAR(10) NOT NULL,
    CONSTRAINT pk_provider_region PRIMARY KEY (organisation_id, region),
    CONSTRAINT fk_pr_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_provider_region ON provider_region (region);

CREATE TABLE provider_reference (
    organisation_id BIGINT       NOT NULL,
    position        INT          NOT NULL,
    client_name     VARCHAR(200) NOT NULL,
    contact_name    VARCHAR(200) NOT NULL,
    contact_details VARCHAR(254) NOT NULL,
    CONSTRAINT pk_provider_reference PRIMARY KEY (organisation_id, position),
    CONSTRAINT fk_pref_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_vetting_check (
    organisation_id BIGINT      NOT NULL,
    check_code      VARCHAR(40) NOT NULL,
    CONSTRAINT pk_provider_vetting_check PRIMARY KEY (organisation_id, check_code),
    CONSTRAINT fk_pvc_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- an account acts for at most one organisation
CREATE TABLE provider_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    added_by        BIGINT       NOT NULL,
    added_at        DATETIME(6)   NOT NULL,
    CONSTRAINT pk_provider_user PRIMARY KEY (id),
    CONSTRAINT uq_provider_user_account UNIQUE (account_id),
    CONSTRAINT fk_pu_organisation FOREIGN KEY (organisation_id) REFERENCES provider_organisation (id),
    CONSTRAINT fk_pu_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
