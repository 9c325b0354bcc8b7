-- Who recorded a learner's positioning at entry, and when (evidence for Qualiopi indicator 8).
-- Results recorded before this version keep neither: both stay empty.
ALTER TABLE enrolment ADD COLUMN positioned_at DATETIME(6) NULL;
ALTER TABLE enrolment ADD COLUMN positioned_by VARCHAR(254) NULL;
