-- Attendance in the room (issue 12): a trainer may attest a learner's presence (who is kept on the
-- signature), and the key of the short-lived codes the trainer's QR codes carry, shared by every
-- instance (one row, created at first use unless SOCLE_ATTENDANCE_SECRET is set).
ALTER TABLE attendance_signature ADD COLUMN attested_by CHAR(36) NULL;

CREATE TABLE attendance_key (
    id          VARCHAR(16)  NOT NULL,
    secret      VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_attendance_key PRIMARY KEY (id)
);
