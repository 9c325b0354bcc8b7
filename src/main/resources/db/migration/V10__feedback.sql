-- Satisfaction and feedback (Qualiopi indicators 2, 30-32): the surveys an organisation puts to its
-- learners (hot at the end of a training, cold some weeks later), their answers, the complaints and
-- feedback log with its handling, and the improvement actions that follow.

-- A survey of an organisation, for one programme or (programme_code NULL) for all of them.
CREATE TABLE survey (
    id               CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    kind             VARCHAR(8)    NOT NULL,
    programme_code   VARCHAR(40)   NULL,
    title            VARCHAR(200)  NOT NULL,
    delay_weeks      INT           NOT NULL,
    active           BOOLEAN       NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       CHAR(36)      NOT NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_survey PRIMARY KEY (id),
    CONSTRAINT fk_survey_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_survey_kind CHECK (kind IN ('HOT', 'COLD'))
);
CREATE INDEX ix_survey_organisation ON survey (organisation_id, kind);

-- A question: LIKERT (1 to 5) or TEXT (free text).
CREATE TABLE survey_question (
    id         CHAR(36)      NOT NULL,
    survey_id  CHAR(36)      NOT NULL,
    position   INT           NOT NULL,
    kind       VARCHAR(8)    NOT NULL,
    label      VARCHAR(500)  NOT NULL,
    CONSTRAINT pk_survey_question PRIMARY KEY (id),
    CONSTRAINT fk_survey_question_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT ck_survey_question_kind CHECK (kind IN ('LIKERT', 'TEXT'))
);
CREATE INDEX ix_survey_question_survey ON survey_question (survey_id, position);

-- One learner's answers to one survey for one enrolment: at most one, never edited.
-- score is the mean of its Likert answers (NULL when it has none), kept for the dashboards.
CREATE TABLE survey_response (
    id               CHAR(36)      NOT NULL,
    survey_id        CHAR(36)      NOT NULL,
    kind             VARCHAR(8)    NOT NULL,
    enrolment_id     CHAR(36)      NOT NULL,
    learner_id       CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    programme_code   VARCHAR(40)   NOT NULL,
    score            DECIMAL(4,2)  NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_survey_response PRIMARY KEY (id),
    CONSTRAINT uq_survey_response UNIQUE (survey_id, enrolment_id),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_response_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_survey_response_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_survey_response_organisation ON survey_response (organisation_id, kind, submitted_at);

CREATE TABLE survey_answer (
    response_id  CHAR(36)       NOT NULL,
    question_id  CHAR(36)       NOT NULL,
    score        INT            NULL,
    answer_text  VARCHAR(2000)  NULL,
    CONSTRAINT pk_survey_answer PRIMARY KEY (response_id, question_id),
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id),
    CONSTRAINT fk_survey_answer_question FOREIGN KEY (question_id) REFERENCES survey_question (id)
);

-- The complaints and feedback log (indicator 31): what was received, from whom, and how it was handled.
CREATE TABLE complaint (
    id               CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    received_on      DATE          NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    author           VARCHAR(200)  NOT NULL,
    programme_code   VARCHAR(40)   NULL,
    subject          VARCHAR(200)  NOT NULL,
    description      LONGTEXT      NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    handling         LONGTEXT      NULL,
    answered_on      DATE          NULL,
    closed_on        DATE          NULL,
    recorded_by      CHAR(36)      NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_complaint PRIMARY KEY (id),
    CONSTRAINT fk_complaint_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_complaint_organisation ON complaint (organisation_id, received_on);

-- Improvement actions (indicator 32), from a complaint, a survey, an audit or anything else.
CREATE TABLE improvement_action (
    id               CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    origin           VARCHAR(16)   NOT NULL,
    complaint_id     CHAR(36)      NULL,
    title            VARCHAR(200)  NOT NULL,
    description      LONGTEXT      NULL,
    owner            VARCHAR(200)  NULL,
    due_on           DATE          NULL,
    status           VARCHAR(16)   NOT NULL,
    done_on          DATE          NULL,
    created_at       DATETIME(6)   NOT NULL,
    created_by       CHAR(36)      NOT NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_improvement_action PRIMARY KEY (id),
    CONSTRAINT fk_improvement_action_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_improvement_action_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_improvement_action_organisation ON improvement_action (organisation_id, status);
