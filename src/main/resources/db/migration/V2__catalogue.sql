-- The catalogue: competence frameworks, programmes and their immutable published versions.

CREATE TABLE competence_framework (
    id           CHAR(36)     NOT NULL,
    code         VARCHAR(60)  NOT NULL,
    version      VARCHAR(40)  NOT NULL,
    title        VARCHAR(300) NOT NULL,
    description  VARCHAR(2000) NULL,
    levels       INT          NULL,
    source_hash  CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_competence_framework PRIMARY KEY (id),
    CONSTRAINT uq_competence_framework UNIQUE (code, version)
);

-- Domains (or certification blocks) and their competences, in one tree.
CREATE TABLE competence (
    id            CHAR(36)      NOT NULL,
    framework_id  CHAR(36)      NOT NULL,
    parent_id     CHAR(36)      NULL,
    kind          VARCHAR(16)   NOT NULL,
    code          VARCHAR(20)   NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    description   VARCHAR(2000) NULL,
    position      INT           NOT NULL,
    CONSTRAINT pk_competence PRIMARY KEY (id),
    CONSTRAINT uq_competence UNIQUE (framework_id, code),
    CONSTRAINT fk_competence_framework FOREIGN KEY (framework_id) REFERENCES competence_framework (id),
    CONSTRAINT fk_competence_parent FOREIGN KEY (parent_id) REFERENCES competence (id)
);

CREATE TABLE competence_mapping (
    id        CHAR(36) NOT NULL,
    from_id   CHAR(36) NOT NULL,
    to_id     CHAR(36) NOT NULL,
    CONSTRAINT pk_competence_mapping PRIMARY KEY (id),
    CONSTRAINT uq_competence_mapping UNIQUE (from_id, to_id),
    CONSTRAINT fk_competence_mapping_from FOREIGN KEY (from_id) REFERENCES competence (id),
    CONSTRAINT fk_competence_mapping_to FOREIGN KEY (to_id) REFERENCES competence (id)
);

-- A programme belongs to an organisation (none: the platform's shared content).
CREATE TABLE programme (
    id               CHAR(36)    NOT NULL,
    code             VARCHAR(40) NOT NULL,
    organisation_id  CHAR(36)    NULL,
    visibility       VARCHAR(16) NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL,
    CONSTRAINT pk_programme PRIMARY KEY (id),
    CONSTRAINT uq_programme_code UNIQUE (code),
    CONSTRAINT fk_programme_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- Number 1, 2, ... Published versions never change; at most one draft per programme.
CREATE TABLE programme_version (
    id              CHAR(36)      NOT NULL,
    programme_id    CHAR(36)      NOT NULL,
    number          INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    audience        VARCHAR(16)   NOT NULL,
    certification   VARCHAR(300)  NULL,
    level           INT           NULL,
    licence         VARCHAR(60)   NULL,
    objectives      LONGTEXT      NOT NULL,
    prerequisites   VARCHAR(2000) NOT NULL,
    assessment      VARCHAR(2000) NOT NULL,
    accessibility   VARCHAR(2000) NOT NULL,
    price           VARCHAR(500)  NULL,
    access_delay    VARCHAR(500)  NULL,
    spec_min        INT           NOT NULL,
    spec_max        INT           NOT NULL,
    source_hash     CHAR(64)      NULL,
    created_at      DATETIME(6)   NOT NULL,
    published_at    DATETIME(6)   NULL,
    published_by    VARCHAR(254)  NULL,
    optlock         BIGINT        NOT NULL,
    CONSTRAINT pk_programme_version PRIMARY KEY (id),
    CONSTRAINT uq_programme_version UNIQUE (programme_id, number),
    CONSTRAINT fk_programme_version_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);
CREATE INDEX ix_programme_version_status ON programme_version (status, audience);

CREATE TABLE programme_component (
    id           CHAR(36)      NOT NULL,
    version_id   CHAR(36)      NOT NULL,
    position     INT           NOT NULL,
    code         VARCHAR(40)   NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NULL,
    CONSTRAINT pk_programme_component PRIMARY KEY (id),
    CONSTRAINT uq_programme_component UNIQUE (version_id, code),
    CONSTRAINT fk_programme_component_version FOREIGN KEY (version_id) REFERENCES programme_version (id)
);

CREATE TABLE course_module (
    id             CHAR(36)      NOT NULL,
    component_id   CHAR(36)      NOT NULL,
    position       INT           NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    hours          DECIMAL(7,2)  NOT NULL,
    modality       VARCHAR(24)   NOT NULL,
    objectives     LONGTEXT      NOT NULL,
    prerequisites  VARCHAR(2000) NULL,
    licence        VARCHAR(60)   NOT NULL,
    CONSTRAINT pk_course_module PRIMARY KEY (id),
    CONSTRAINT fk_course_module_component FOREIGN KEY (component_id) REFERENCES programme_component (id)
);

CREATE TABLE module_competence (
    id             CHAR(36) NOT NULL,
    module_id      CHAR(36) NOT NULL,
    competence_id  CHAR(36) NOT NULL,
    position       INT      NOT NULL,
    level          INT      NULL,
    CONSTRAINT pk_module_competence PRIMARY KEY (id),
    CONSTRAINT fk_module_competence_module FOREIGN KEY (module_id) REFERENCES course_module (id),
    CONSTRAINT fk_module_competence_competence FOREIGN KEY (competence_id) REFERENCES competence (id)
);

CREATE TABLE activity (
    id            CHAR(36)      NOT NULL,
    module_id     CHAR(36)      NOT NULL,
    position      INT           NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    minutes       INT           NOT NULL,
    completion    VARCHAR(16)   NOT NULL,
    file_name     VARCHAR(120)  NULL,
    body          LONGTEXT      NULL,
    body_html     LONGTEXT      NULL,
    url           VARCHAR(1000) NULL,
    instructions  VARCHAR(5000) NULL,
    pass_mark     INT           NULL,
    attempts      INT           NULL,
    shuffle       BOOLEAN       NULL,
    quiz_title    VARCHAR(200)  NULL,
    CONSTRAINT pk_activity PRIMARY KEY (id),
    CONSTRAINT fk_activity_module FOREIGN KEY (module_id) REFERENCES course_module (id)
);

CREATE TABLE question (
    id           CHAR(36)      NOT NULL,
    activity_id  CHAR(36)      NOT NULL,
    position     INT           NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    text         VARCHAR(2000) NOT NULL,
    feedback     VARCHAR(2000) NULL,
    answer       BOOLEAN       NULL,
    accepted     VARCHAR(4000) NULL,
    CONSTRAINT pk_question PRIMARY KEY (id),
    CONSTRAINT fk_question_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);

CREATE TABLE choice (
    id           CHAR(36)      NOT NULL,
    question_id  CHAR(36)      NOT NULL,
    position     INT           NOT NULL,
    text         VARCHAR(500)  NOT NULL,
    correct      BOOLEAN       NOT NULL,
    feedback     VARCHAR(1000) NULL,
    CONSTRAINT pk_choice PRIMARY KEY (id),
    CONSTRAINT fk_choice_question FOREIGN KEY (question_id) REFERENCES question (id)
);

-- Images and attachments of lessons, stored by the application.
CREATE TABLE attachment (
    id           CHAR(36)     NOT NULL,
    activity_id  CHAR(36)     NOT NULL,
    name         VARCHAR(120) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT pk_attachment PRIMARY KEY (id),
    CONSTRAINT uq_attachment UNIQUE (activity_id, name),
    CONSTRAINT fk_attachment_activity FOREIGN KEY (activity_id) REFERENCES activity (id)
);
