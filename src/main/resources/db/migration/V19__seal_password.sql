-- Demo mode only (SOCLE_DEMO=true without SOCLE_SEAL_PASSWORD): the password Socle generated once to protect the
-- seal keys of seal_key, kept beside them (a demo instance's keys are as safe as its database). Outside demo mode
-- SOCLE_SEAL_PASSWORD is required and nothing is stored here.
CREATE TABLE seal_password (
    id          VARCHAR(20)  NOT NULL,
    secret      VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_seal_password PRIMARY KEY (id)
);
