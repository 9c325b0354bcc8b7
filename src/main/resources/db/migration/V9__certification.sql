-- Certification: issued documents (append-only: revocation and reissue add facts, nothing is
-- deleted), their sealed PDFs, the status lists their credentials point to, the hash-chained log of
-- every issuance, revocation and reissue, the organisations' seal keys and signatories, background
-- bulk-issuance jobs, and the log of registrars' consultations.

CREATE TABLE issuer_profile (
    organisation_id  CHAR(36)      NOT NULL,
    signatory_name   VARCHAR(200)  NULL,
    signatory_title  VARCHAR(200)  NULL,
    agrement         VARCHAR(60)   NULL,
    logo             LONGBLOB      NULL,
    updated_at       DATETIME(6)   NOT NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_issuer_profile PRIMARY KEY (organisation_id),
    CONSTRAINT fk_issuer_profile_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- Keys Socle generated itself (the local CA, one seal per organisation), as password-protected
-- PKCS#12; a configured keystore takes precedence.
CREATE TABLE seal_key (
    id          VARCHAR(40)  NOT NULL,
    pkcs12      LONGBLOB     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_seal_key PRIMARY KEY (id)
);

-- A Bitstring Status List of an issuer; its bits are the revoked documents that point to it.
CREATE TABLE status_list (
    id          CHAR(36)     NOT NULL,
    issuer_id   CHAR(36)     NOT NULL,
    purpose     VARCHAR(16)  NOT NULL,
    size        INT          NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    optlock     BIGINT       NOT NULL,
    CONSTRAINT pk_status_list PRIMARY KEY (id),
    CONSTRAINT fk_status_list_issuer FOREIGN KEY (issuer_id) REFERENCES organisation (id)
);
CREATE INDEX ix_status_list_issuer ON status_list (issuer_id, purpose);

CREATE TABLE certificate (
    id                 CHAR(36)      NOT NULL,
    code               VARCHAR(16)   NOT NULL,
    kind               VARCHAR(32)   NOT NULL,
    enrolment_id       CHAR(36)      NOT NULL,
    generation         INT           NOT NULL,
    holder_id          CHAR(36)      NOT NULL,
    holder_name        VARCHAR(200)  NOT NULL,
    organisation_id    CHAR(36)      NOT NULL,
    issuer_id          CHAR(36)      NOT NULL,
    programme_code     VARCHAR(40)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    minutes            INT           NOT NULL,
    level              INT           NULL,
    facts              LONGTEXT      NOT NULL,
    issued_at          DATETIME(6)   NOT NULL,
    issued_by          VARCHAR(254)  NOT NULL,
    expires_on         DATE          NULL,
    revoked_at         DATETIME(6)   NULL,
    revoked_by         VARCHAR(254)  NULL,
    revocation_reason  VARCHAR(1000) NULL,
    supersedes_id      CHAR(36)      NULL,
    superseded_by_id   CHAR(36)      NULL,
    reissue_reason     VARCHAR(1000) NULL,
    status_list_id     CHAR(36)      NOT NULL,
    status_index       INT           NOT NULL,
    pdf_sha256         CHAR(64)      NOT NULL,
    credential         LONGTEXT      NOT NULL,
    optlock            BIGINT        NOT NULL,
    CONSTRAINT pk_certificate PRIMARY KEY (id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_achievement UNIQUE (kind, enrolment_id, generation),
    CONSTRAINT uq_certificate_status UNIQUE (status_list_id, status_index),
    CONSTRAINT fk_certificate_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_certificate_holder FOREIGN KEY (holder_id) REFERENCES account (id),
    CONSTRAINT fk_certificate_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_certificate_issuer FOREIGN KEY (issuer_id) REFERENCES organisation (id),
    CONSTRAINT fk_certificate_status_list FOREIGN KEY (status_list_id) REFERENCES status_list (id)
);
CREATE INDEX ix_certificate_organisation ON certificate (organisation_id, issued_at);
CREATE INDEX ix_certificate_issuer ON certificate (issuer_id, issued_at);
CREATE INDEX ix_certificate_holder ON certificate (holder_id);
CREATE INDEX ix_certificate_holder_name ON certificate (holder_name);

-- The sealed PDF, written once, apart so that lists never read it.
CREATE TABLE certificate_pdf (
    certificate_id  CHAR(36)  NOT NULL,
    content         LONGBLOB  NOT NULL,
    CONSTRAINT pk_certificate_pdf PRIMARY KEY (certificate_id),
    CONSTRAINT fk_certificate_pdf_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);

-- Append-only, hash-chained: each entry's hash covers its fields and the previous entry's hash.
-- The head row is locked by whoever appends, so that the chain never forks.
CREATE TABLE certification_log (
    seq             BIGINT        NOT NULL,
    at              DATETIME(6)   NOT NULL,
    action          VARCHAR(16)   NOT NULL,
    certificate_id  CHAR(36)      NOT NULL,
    code            VARCHAR(16)   NOT NULL,
    actor           VARCHAR(254)  NOT NULL,
    detail          VARCHAR(2000) NULL,
    prev_hash       CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    CONSTRAINT pk_certification_log PRIMARY KEY (seq)
);
CREATE TABLE certification_log_head (
    id     INT       NOT NULL,
    seq    BIGINT    NOT NULL,
    hash   CHAR(64)  NOT NULL,
    CONSTRAINT pk_certification_log_head PRIMARY KEY (id)
);
INSERT INTO certification_log_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Bulk issuance for a session, run in the background; its progress is what the page shows.
CREATE TABLE certification_job (
    id               CHAR(36)      NOT NULL,
    session_id       CHAR(36)      NOT NULL,
    organisation_id  CHAR(36)      NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    requested_by     VARCHAR(254)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    total            INT           NOT NULL,
    done             INT           NOT NULL,
    skipped          INT           NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    finished_at      DATETIME(6)   NULL,
    error            VARCHAR(2000) NULL,
    optlock          BIGINT        NOT NULL,
    CONSTRAINT pk_certification_job PRIMARY KEY (id),
    CONSTRAINT fk_certification_job_session FOREIGN KEY (session_id) REFERENCES training_session (id),
    CONSTRAINT fk_certification_job_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_certification_job_status ON certification_job (status);

-- Every registrar consultation (a verification, a bulk file, a search or export of the register).
CREATE TABLE registrar_consultation (
    id               CHAR(36)      NOT NULL,
    at               DATETIME(6)   NOT NULL,
    account_id       CHAR(36)      NOT NULL,
    action           VARCHAR(16)   NOT NULL,
    detail           VARCHAR(2000) NULL,
    results          INT           NOT NULL,
    CONSTRAINT pk_registrar_consultation PRIMARY KEY (id),
    CONSTRAINT fk_registrar_consultation_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_registrar_consultation_at ON registrar_consultation (at);
