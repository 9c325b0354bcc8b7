-- Learner profiles: what the training records need, never the NIR nor any political affiliation.
CREATE TABLE learner_profile (
    account_id      CHAR(36)     NOT NULL,
    profile_type    VARCHAR(32)  NOT NULL,
    employer_siret  CHAR(14)     NULL,
    category        VARCHAR(1)   NULL,
    filiere         VARCHAR(100) NULL,
    cadre_emplois   VARCHAR(150) NULL,
    agent_status    VARCHAR(32)  NULL,
    updated_at      DATETIME(6)  NOT NULL,
    optlock         BIGINT       NOT NULL,
    CONSTRAINT pk_learner_profile PRIMARY KEY (account_id),
    CONSTRAINT fk_learner_profile_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE elu_mandate (
    id            CHAR(36)     NOT NULL,
    account_id    CHAR(36)     NOT NULL,
    mandate_type  VARCHAR(32)  NOT NULL,
    collectivite  VARCHAR(200) NOT NULL,
    start_date    DATE         NOT NULL,
    end_date      DATE         NULL,
    delegation    VARCHAR(300) NULL,
    CONSTRAINT pk_elu_mandate PRIMARY KEY (id),
    CONSTRAINT fk_elu_mandate_profile FOREIGN KEY (account_id) REFERENCES learner_profile (account_id)
);
