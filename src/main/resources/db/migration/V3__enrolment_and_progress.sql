-- Enrolments, where learners stand on each activity, quiz attempts, and the append-only hours ledger.

CREATE TABLE enrolment (
    id               CHAR(36)      NOT NULL,
    learner_id       CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    version_id       CHAR(36)      NOT NULL,
    module_code      VARCHAR(40)   NULL,
    status           VARCHAR(16)   NOT NULL,
    funding          VARCHAR(16)   NULL,
    positioning      VARCHAR(2000) NULL,
    specialisations  VARCHAR(2000) NOT NULL,
    enrolled_at      DATETIME(6)   NOT NULL,
    enrolled_by      VARCHAR(254)  NOT NULL,
    entered_at       DATETIME(6)   NULL,
    ended_at         DATETIME(6)   NULL,
    end_reason       VARCHAR(1000) NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    CONSTRAINT fk_enrolment_learner FOREIGN KEY (learner_id) REFERENCES account (id),
    CONSTRAINT fk_enrolment_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_enrolment_version FOREIGN KEY (version_id) REFERENCES programme_version (id)
);
CREATE INDEX ix_enrolment_learner ON enrolment (learner_id);
CREATE INDEX ix_enrolment_organisation ON enrolment (organisation_id);

CREATE TABLE activity_result (
    id             CHAR(36)    NOT NULL,
    enrolment_id   CHAR(36)    NOT NULL,
    activity_id    CHAR(36)    NOT NULL,
    completed_at   DATETIME(6) NULL,
    best_score     INT         NULL,
    attempts       INT         NOT NULL,
    last_at        DATETIME(6) NOT NULL,
    optlock        BIGINT      NOT NULL,
    CONSTRAINT pk_activity_result PRIMARY KEY (id),
    CONSTRAINT uq_activity_result UNIQUE (enrolment_id, activity_id),
    CONSTRAINT fk_activity_result_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

CREATE TABLE quiz_attempt (
    id            CHAR(36)    NOT NULL,
    enrolment_id  CHAR(36)    NOT NULL,
    activity_id   CHAR(36)    NOT NULL,
    number        INT         NOT NULL,
    score         INT         NOT NULL,
    passed        BOOLEAN     NOT NULL,
    answers       LONGTEXT    NOT NULL,
    submitted_at  DATETIME(6) NOT NULL,
    CONSTRAINT pk_quiz_attempt PRIMARY KEY (id),
    CONSTRAINT uq_quiz_attempt UNIQUE (enrolment_id, activity_id, number),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

-- Append-only: a correction is a new row with negative minutes.
CREATE TABLE hours_entry (
    id               CHAR(36)    NOT NULL,
    enrolment_id     CHAR(36)    NOT NULL,
    learner_id       CHAR(36)    NOT NULL,
    organisation_id  CHAR(36)    NOT NULL,
    programme_code   VARCHAR(40) NOT NULL,
    module_code      VARCHAR(40) NOT NULL,
    activity_id      CHAR(36)    NULL,
    source           VARCHAR(16) NOT NULL,
    minutes          INT         NOT NULL,
    occurred_at      DATETIME(6) NOT NULL,
    recorded_at      DATETIME(6) NOT NULL,
    CONSTRAINT pk_hours_entry PRIMARY KEY (id),
    CONSTRAINT fk_hours_entry_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);
CREATE INDEX ix_hours_entry_enrolment ON hours_entry (enrolment_id);
CREATE INDEX ix_hours_entry_organisation ON hours_entry (organisation_id);
