-- Organisations (tenants), accounts, their roles per organisation, and API tokens.
-- Written once for H2 and MySQL/MariaDB: portable types only.

CREATE TABLE organisation (
    id          CHAR(36)     NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    siret       CHAR(14)     NULL,
    parent_id   CHAR(36)     NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uq_organisation_siret UNIQUE (siret),
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id)
);
CREATE INDEX ix_organisation_name ON organisation (name);

CREATE TABLE account (
    id             CHAR(36)     NOT NULL,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    active         BOOLEAN      NOT NULL,
    failed_logins  INT          NOT NULL,
    locked_until   DATETIME(6)  NULL,
    last_login_at  DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email)
);

-- PLATFORM_ADMIN is the one role held without an organisation.
CREATE TABLE membership (
    id               CHAR(36)    NOT NULL,
    account_id       CHAR(36)    NOT NULL,
    organisation_id  CHAR(36)    NULL,
    role             VARCHAR(32) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (id),
    CONSTRAINT uq_membership UNIQUE (account_id, organisation_id, role),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_membership_organisation ON membership (organisation_id);

-- Only the SHA-256 of a token is kept: a leaked table gives no usable token.
CREATE TABLE api_token (
    id            CHAR(36)     NOT NULL,
    account_id    CHAR(36)     NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    label         VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    revoked_at    DATETIME(6)  NULL,
    last_used_at  DATETIME(6)  NULL,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
