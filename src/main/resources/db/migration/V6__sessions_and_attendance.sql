-- Sessions, half-day slots and attendance (émargement): signatures, counter-signatures and corrections, never edited.
CREATE TABLE training_session (
    id               CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    version_id       CHAR(36)      NOT NULL,
    module_code      VARCHAR(40)   NULL,
    title            VARCHAR(200)  NOT NULL,
    place            VARCHAR(300)  NULL,
    capacity         INT           NOT NULL,
    created_by       VARCHAR(254)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_training_session PRIMARY KEY (id),
    CONSTRAINT fk_training_session_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_training_session_version FOREIGN KEY (version_id) REFERENCES programme_version (id)
);

CREATE TABLE session_learner (
    session_id    CHAR(36) NOT NULL,
    enrolment_id  CHAR(36) NOT NULL,
    CONSTRAINT pk_session_learner PRIMARY KEY (session_id, enrolment_id),
    CONSTRAINT fk_session_learner_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_session_learner_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

CREATE TABLE half_day (
    id             CHAR(36)    NOT NULL,
    session_id     CHAR(36)    NOT NULL,
    slot_date      DATE        NOT NULL,
    period         VARCHAR(16) NOT NULL,
    start_minute   INT         NOT NULL,
    end_minute     INT         NOT NULL,
    module_code    VARCHAR(40) NOT NULL,
    sealed_at      DATETIME(6) NULL,
    sealed_by      CHAR(36)    NULL,
    sealed_ip      VARCHAR(64) NULL,
    optlock        BIGINT      NOT NULL,
    CONSTRAINT pk_half_day PRIMARY KEY (id),
    CONSTRAINT uq_half_day UNIQUE (session_id, slot_date, period),
    CONSTRAINT fk_half_day_session FOREIGN KEY (session_id) REFERENCES training_session (id)
);

CREATE TABLE attendance_signature (
    id            CHAR(36)    NOT NULL,
    half_day_id   CHAR(36)    NOT NULL,
    enrolment_id  CHAR(36)    NOT NULL,
    signed_at     DATETIME(6) NOT NULL,
    ip            VARCHAR(64) NOT NULL,
    method        VARCHAR(16) NOT NULL,
    CONSTRAINT pk_attendance_signature PRIMARY KEY (id),
    CONSTRAINT uq_attendance_signature UNIQUE (half_day_id, enrolment_id),
    CONSTRAINT fk_attendance_signature_half_day FOREIGN KEY (half_day_id) REFERENCES half_day (id),
    CONSTRAINT fk_attendance_signature_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
);

CREATE TABLE attendance_correction (
    id            CHAR(36)      NOT NULL,
    half_day_id   CHAR(36)      NOT NULL,
    enrolment_id  CHAR(36)      NOT NULL,
    minutes       INT           NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    corrected_by  CHAR(36)      NOT NULL,
    corrected_at  DATETIME(6)   NOT NULL,
    CONSTRAINT pk_attendance_correction PRIMARY KEY (id),
    CONSTRAINT fk_attendance_correction_half_day FOREIGN KEY (half_day_id) REFERENCES half_day (id)
);
