-- Sign-in no longer locks accounts: growing waits per client and per account, kept in memory, replace
-- the failure count and the lock. A password change raises the credentials generation, which ends the
-- web sessions signed in before it.
ALTER TABLE account DROP COLUMN failed_logins;
ALTER TABLE account DROP COLUMN locked_until;
ALTER TABLE account ADD COLUMN credentials_generation BIGINT DEFAULT 0 NOT NULL;
