-- The agrément to train élus (CGCT L. 1221-3, R. 1221-12 to R. 1221-22): granted by the minister after
-- an opinion of the CNFEL, 2 years first, then renewals of 4 years. Append-only: each ministerial decision
-- is a row, numbered in the organisation's history (position); a correction is a new decision.
-- last_day is computed (first: start + 2 years - 1 day; renewal: previous last day + 4 years), never typed.
CREATE TABLE agrement (
    id                  CHAR(36)      NOT NULL,
    organisation_id     CHAR(36)      NOT NULL,
    position            INT           NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    agrement_number     VARCHAR(60)   NOT NULL,
    granted_on          DATE          NOT NULL,
    starts_on           DATE          NOT NULL,
    last_day            DATE          NOT NULL,
    decision_reference  VARCHAR(200)  NOT NULL,
    recorded_by         CHAR(36)      NOT NULL,
    recorded_at         DATETIME(6)   NOT NULL,
    CONSTRAINT pk_agrement PRIMARY KEY (id),
    CONSTRAINT uq_agrement_position UNIQUE (organisation_id, position),
    CONSTRAINT fk_agrement_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_agrement_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_agrement_kind CHECK (kind IN ('INITIAL', 'RENOUVELLEMENT')),
    CONSTRAINT ck_agrement_dates CHECK (starts_on >= granted_on AND last_day > starts_on)
);

-- The warning e-mails sent: one per agrément and threshold (M6, M3, M1, DEPASSE, EXPIRE), never twice.
-- A failed sending records nothing, so that the next daily check tries again.
CREATE TABLE agrement_reminder (
    id            CHAR(36)     NOT NULL,
    agrement_id   CHAR(36)     NOT NULL,
    threshold     VARCHAR(16)  NOT NULL,
    recipients    INT          NOT NULL,
    sent_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_agrement_reminder PRIMARY KEY (id),
    CONSTRAINT uq_agrement_reminder UNIQUE (agrement_id, threshold),
    CONSTRAINT fk_agrement_reminder_agrement FOREIGN KEY (agrement_id) REFERENCES agrement (id)
);
