-- Assignments: the files learners hand in, one row per submission (a resubmission is a new row),
-- and their grading. The bytes live in their own table, written once, so that lists never read them.
CREATE TABLE assignment_submission (
    id               CHAR(36)      NOT NULL,
    enrolment_id     CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    activity_id      CHAR(36)      NOT NULL,
    number           INT           NOT NULL,
    file_name        VARCHAR(200)  NOT NULL,
    content_type     VARCHAR(100)  NOT NULL,
    file_size        INT           NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    learner_comment  VARCHAR(2000) NULL,
    score            INT           NULL,
    passed           BOOLEAN       NULL,
    trainer_comment  VARCHAR(4000) NULL,
    graded_by        CHAR(36)      NULL,
    graded_at        DATETIME(6)   NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_assignment_submission PRIMARY KEY (id),
    CONSTRAINT uq_assignment_submission UNIQUE (enrolment_id, activity_id, number),
    CONSTRAINT fk_assignment_submission_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_assignment_submission_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_assignment_submission_grader FOREIGN KEY (graded_by) REFERENCES account (id)
);
CREATE INDEX ix_assignment_submission_organisation ON assignment_submission (organisation_id, graded_at);

-- The file in parts of at most 1 MB (MySQL's driver sends binary values hex-encoded: one 10 MB row
-- would not fit in MariaDB's default 16 MB packet).
CREATE TABLE assignment_file_part (
    id             CHAR(36) NOT NULL,
    submission_id  CHAR(36) NOT NULL,
    part           INT      NOT NULL,
    content        LONGBLOB NOT NULL,
    CONSTRAINT pk_assignment_file_part PRIMARY KEY (id),
    CONSTRAINT uq_assignment_file_part UNIQUE (submission_id, part),
    CONSTRAINT fk_assignment_file_part_submission FOREIGN KEY (submission_id) REFERENCES assignment_submission (id)
);
