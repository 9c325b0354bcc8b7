-- Drawn signatures (learner and trainer), remote half-days and their connection evidence.
ALTER TABLE half_day ADD COLUMN remote BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE half_day ADD COLUMN sealed_drawing LONGTEXT NULL;
ALTER TABLE attendance_signature ADD COLUMN drawing LONGTEXT NULL;
ALTER TABLE attendance_signature ADD COLUMN user_agent VARCHAR(300) NULL;
