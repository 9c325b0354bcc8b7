-- Exports built in the background (the élus' agrément dossier, audit packs...), their files, and the
-- trainers' qualifications (evidence: withdrawn, never deleted).

-- One export: what was asked, by whom, its progress, and once DONE its file (in export_file_part).
-- parameters: the request's "key=value" lines (from, to, programme).
CREATE TABLE export_job (
    id               CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    parameters       VARCHAR(2000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    total            INT           NOT NULL,
    done             INT           NOT NULL,
    requested_by     CHAR(36)      NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    started_at       DATETIME(6)   NULL,
    finished_at      DATETIME(6)   NULL,
    file_name        VARCHAR(200)  NULL,
    file_size        BIGINT        NULL,
    file_sha256      CHAR(64)      NULL,
    error            VARCHAR(2000) NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_export_job PRIMARY KEY (id),
    CONSTRAINT fk_export_job_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_export_job_requested_by FOREIGN KEY (requested_by) REFERENCES account (id)
);
CREATE INDEX ix_export_job_status ON export_job (status);
CREATE INDEX ix_export_job_requester ON export_job (requested_by, created_at);
CREATE INDEX ix_export_job_organisation ON export_job (organisation_id, created_at);

-- The file of a DONE job, in parts of at most 4 MiB: every instance of a cluster serves it (a file
-- on one instance's disk would not be), no part reaches MariaDB's max_allowed_packet (16 MiB by
-- default), and a download streams it part by part.
CREATE TABLE export_file_part (
    job_id   CHAR(36)  NOT NULL,
    seq      INT       NOT NULL,
    content  LONGBLOB  NOT NULL,
    CONSTRAINT pk_export_file_part PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_export_file_part_job FOREIGN KEY (job_id) REFERENCES export_job (id)
);

CREATE TABLE trainer_qualification (
    id                 CHAR(36)      NOT NULL,
    organisation_id    CHAR(36)      NOT NULL,
    trainer_id         CHAR(36)      NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    awarded_by         VARCHAR(300)  NOT NULL,
    obtained_on        DATE          NOT NULL,
    valid_until        DATE          NULL,
    description        VARCHAR(2000) NULL,
    recorded_by        CHAR(36)      NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    withdrawn_at       DATETIME(6)   NULL,
    withdrawn_by       CHAR(36)      NULL,
    withdrawal_reason  VARCHAR(1000) NULL,
    optlock            BIGINT        NOT NULL,
    CONSTRAINT pk_trainer_qualification PRIMARY KEY (id),
    CONSTRAINT fk_trainer_qualification_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_trainer_qualification_trainer FOREIGN KEY (trainer_id) REFERENCES account (id),
    CONSTRAINT fk_trainer_qualification_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id)
);
CREATE INDEX ix_trainer_qualification_trainer ON trainer_qualification (organisation_id, trainer_id);
