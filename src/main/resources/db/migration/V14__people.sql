-- The name on documents is vouched for by the organisations, and a person joins an organisation only
-- by consent. Both tables are append-only evidence: a row changes status once and is never deleted.

-- Changes of an account's name (account.display_name, the name documents carry): asked by the person
-- and accepted or refused by an administrator of one of its organisations (or a platform admin), or
-- made directly by an administrator who controls the account (direct = TRUE: asked and decided by them).
CREATE TABLE name_change (
    id              CHAR(36)      NOT NULL,
    account_id      CHAR(36)      NOT NULL,
    previous_name   VARCHAR(200)  NOT NULL,
    requested_name  VARCHAR(200)  NOT NULL,
    reason          VARCHAR(1000) NULL,
    direct          BOOLEAN       NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    requested_by    CHAR(36)      NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    decided_by      CHAR(36)      NULL,
    decided_at      DATETIME(6)   NULL,
    decision_note   VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_name_change PRIMARY KEY (id),
    CONSTRAINT fk_name_change_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_name_change_requested_by FOREIGN KEY (requested_by) REFERENCES account (id),
    CONSTRAINT fk_name_change_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT ck_name_change_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED', 'WITHDRAWN'))
);
CREATE INDEX ix_name_change_account ON name_change (account_id, requested_at);
CREATE INDEX ix_name_change_status ON name_change (status);

-- An organisation's invitation of an existing account: the role is granted only when the person accepts.
-- Until then the organisation sees the e-mail it typed, the role and the dates, nothing of the account.
-- A PENDING invitation past expires_at is expired (the status is read with the date).
CREATE TABLE invitation (
    id               CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    account_id       CHAR(36)      NOT NULL,
    email            VARCHAR(254)  NOT NULL,
    role             VARCHAR(32)   NOT NULL,
    invited_by       CHAR(36)      NOT NULL,
    invited_at       DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    answered_by      CHAR(36)      NULL,
    answered_at      DATETIME(6)   NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT pk_invitation PRIMARY KEY (id),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by) REFERENCES account (id),
    CONSTRAINT fk_invitation_answered_by FOREIGN KEY (answered_by) REFERENCES account (id),
    CONSTRAINT ck_invitation_status CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'EXPIRED')),
    CONSTRAINT ck_invitation_dates CHECK (expires_at > invited_at)
);
CREATE INDEX ix_invitation_account ON invitation (account_id, status);
CREATE INDEX ix_invitation_organisation ON invitation (organisation_id, status);
