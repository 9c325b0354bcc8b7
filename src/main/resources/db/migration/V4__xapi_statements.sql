-- Every learning event as an xAPI statement, for export to an external LRS.
CREATE TABLE xapi_statement (
    id               CHAR(36)     NOT NULL,
    organisation_id  CHAR(36)     NOT NULL,
    learner_id       CHAR(36)     NOT NULL,
    verb             VARCHAR(200) NOT NULL,
    object_id        VARCHAR(500) NOT NULL,
    stored_at        DATETIME(6)  NOT NULL,
    statement        LONGTEXT     NOT NULL,
    CONSTRAINT pk_xapi_statement PRIMARY KEY (id)
);
CREATE INDEX ix_xapi_statement_learner ON xapi_statement (learner_id, stored_at);
CREATE INDEX ix_xapi_statement_organisation ON xapi_statement (organisation_id, stored_at);
