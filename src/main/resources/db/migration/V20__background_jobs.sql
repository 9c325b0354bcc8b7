-- One background job engine: the bulk issuances (certification_job) and the exports (export_job) become
-- rows of one table, with one status life cycle (QUEUED, RUNNING, DONE, FAILED) and a lease: the instance
-- that claimed a job (claimed_by) runs it until lease_until, renewed while it runs; a job no live lease
-- holds is taken up by any instance. What a job produces stays in its feature's tables, keyed by its id.
--   kind:       the work (BULK_ISSUANCE, EXPORT), which names its handler
--   subject_id: what it is about (the session of a bulk issuance), or NULL
--   owner:      who asked (an e-mail for a bulk issuance, an account id for an export)
--   parameters: the feature's parameters, JSON text ({"document": kind}, {"export": kind, "from": day, "to": day, "programme": code})
CREATE TABLE background_job (
    id               CHAR(36)      NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    subject_id       CHAR(36)      NULL,
    owner            VARCHAR(254)  NOT NULL,
    parameters       VARCHAR(2000) NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    total            INT           NOT NULL,
    done             INT           NOT NULL,
    skipped          INT           NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    started_at       DATETIME(6)   NULL,
    finished_at      DATETIME(6)   NULL,
    error            VARCHAR(2000) NULL,
    claimed_by       VARCHAR(100)  NULL,
    lease_until      DATETIME(6)   NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_background_job PRIMARY KEY (id),
    CONSTRAINT fk_background_job_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_background_job_status ON background_job (status, lease_until);
CREATE INDEX ix_background_job_organisation ON background_job (organisation_id, kind, created_at);
CREATE INDEX ix_background_job_subject ON background_job (subject_id, kind, created_at);

INSERT INTO background_job (id, kind, organisation_id, subject_id, owner, parameters, status, total, done, skipped,
                            created_at, started_at, finished_at, error, claimed_by, lease_until, optlock)
SELECT id, 'BULK_ISSUANCE', organisation_id, session_id, requested_by, CONCAT('{"document":"', kind, '"}'), status, total, done, skipped,
       created_at, NULL, finished_at, error, NULL, NULL, optlock
FROM certification_job;

-- export_job.parameters were "key=value" lines (from, to, programme): the same as JSON members
-- (CHAR(92) is a backslash, CHAR(10) a line feed, written so on both H2 and MariaDB).
INSERT INTO background_job (id, kind, organisation_id, subject_id, owner, parameters, status, total, done, skipped,
                            created_at, started_at, finished_at, error, claimed_by, lease_until, optlock)
SELECT id, 'EXPORT', organisation_id, NULL, requested_by,
       CONCAT('{"export":"', kind, '","',
              REPLACE(REPLACE(REPLACE(REPLACE(parameters, CHAR(92), CONCAT(CHAR(92), CHAR(92))), '"', CONCAT(CHAR(92), '"')),
                              '=', '":"'), CHAR(10), '","'),
              '"}'),
       status, total, done, 0, created_at, started_at, finished_at, error, NULL, NULL, optlock
FROM export_job;

-- A finished export's file: its name, size and digest (its bytes in export_file_part), stored with its DONE status.
CREATE TABLE export_file (
    job_id       CHAR(36)     NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    file_size    BIGINT       NOT NULL,
    file_sha256  CHAR(64)     NOT NULL,
    CONSTRAINT pk_export_file PRIMARY KEY (job_id),
    CONSTRAINT fk_export_file_job FOREIGN KEY (job_id) REFERENCES background_job (id)
);
INSERT INTO export_file (job_id, file_name, file_size, file_sha256)
SELECT id, file_name, file_size, file_sha256 FROM export_job
WHERE status = 'DONE' AND file_name IS NOT NULL AND file_size IS NOT NULL AND file_sha256 IS NOT NULL;

-- The parts now refer to background_job: copied into a table of the new shape (dropping a foreign key
-- is written differently on H2 and MariaDB; creating and renaming a table is not).
CREATE TABLE export_part (
    job_id   CHAR(36)  NOT NULL,
    seq      INT       NOT NULL,
    content  LONGBLOB  NOT NULL,
    CONSTRAINT pk_export_part PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_export_part_job FOREIGN KEY (job_id) REFERENCES background_job (id)
);
INSERT INTO export_part (job_id, seq, content) SELECT job_id, seq, content FROM export_file_part;
DROP TABLE export_file_part;
ALTER TABLE export_part RENAME TO export_file_part;

DROP TABLE export_job;
DROP TABLE certification_job;
