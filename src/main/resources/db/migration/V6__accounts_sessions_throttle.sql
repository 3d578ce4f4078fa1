-- Accounts an administrator can disable or give a temporary password (changed at the next sign-in), office sessions
-- kept on the server (a sign-out ends them everywhere), and the count of failed sign-ins that slows guessing down.

ALTER TABLE app_user ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

-- Only the SHA-256 of a session's token is stored: the token itself lives in the browser's cookie alone.
CREATE TABLE office_session (
    token_hash    VARCHAR(64) PRIMARY KEY,
    username      VARCHAR(50) NOT NULL REFERENCES app_user (username),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX office_session_username ON office_session (username);
CREATE INDEX office_session_expires_at ON office_session (expires_at);

-- One row per account or client address that failed to sign in lately ("account:<name>", "address:<ip>").
CREATE TABLE sign_in_throttle (
    subject           VARCHAR(120) PRIMARY KEY,
    failures          INTEGER      NOT NULL,
    first_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sign_in_throttle_failures_positive CHECK (failures > 0)
);

-- The lot a violation's vehicle was towed to: its clerks may read the violation, other clerks may not.
ALTER TABLE violation ADD COLUMN impound_lot_code VARCHAR(20) REFERENCES impound_lot (code);
UPDATE violation SET impound_lot_code = (SELECT i.lot_code FROM impound i WHERE i.id = violation.impound_id)
    WHERE impound_id IS NOT NULL;
