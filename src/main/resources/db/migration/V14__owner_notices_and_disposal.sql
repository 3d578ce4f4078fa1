-- Owner notices (PRODUCT §9): an outbox of the notices each impound owes its owner, written in the intake's own
-- transaction with the time each falls due. A sender claims a due row for a while (claimed_by, claimed_until) before
-- handing it to the gateway, so one notice is sent once however many replicas look; released vehicles cancel theirs.
CREATE TABLE owner_notice (
    id             UUID         PRIMARY KEY,
    impound_id     UUID         NOT NULL REFERENCES impound (id),
    kind           VARCHAR(20)  NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    channel        VARCHAR(20)  NOT NULL,
    recipient      VARCHAR(200),
    claimed_by     VARCHAR(120),
    claimed_until  TIMESTAMP WITH TIME ZONE,
    sent_at        TIMESTAMP WITH TIME ZONE,
    cancelled_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT owner_notice_once UNIQUE (impound_id, kind)
);
CREATE INDEX owner_notice_due_idx ON owner_notice (sent_at, cancelled_at, due_at);

-- Disposal of an unclaimed vehicle: how, the reference of the sale or transfer, and where its proceeds went.
ALTER TABLE impound ADD COLUMN disposal_method VARCHAR(20);
ALTER TABLE impound ADD COLUMN disposal_reference VARCHAR(100);
ALTER TABLE impound ADD COLUMN disposal_proceeds BIGINT;
ALTER TABLE impound ADD COLUMN disposal_written_off BIGINT;
ALTER TABLE impound ADD COLUMN disposal_surplus BIGINT;
ALTER TABLE impound ADD COLUMN disposed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE impound ADD COLUMN disposed_by VARCHAR(50);

-- The summary report counts disposals; days closed before this had none.
ALTER TABLE report_tally ADD COLUMN disposed BIGINT DEFAULT 0 NOT NULL;
