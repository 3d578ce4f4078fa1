-- Appeals (PRODUCT §9): an owner contests a violation, a supervisor decides. While an appeal is open its
-- open_violation_id holds the violation's id and is null once decided, so the unique constraint lets the database
-- keep one open appeal per violation at a time, on H2 as on PostgreSQL.
CREATE TABLE appeal (
    id                 UUID          PRIMARY KEY,
    violation_id       UUID          NOT NULL REFERENCES violation (id),
    open_violation_id  UUID,
    status             VARCHAR(20)   NOT NULL,
    grounds            VARCHAR(4000) NOT NULL,
    evidence           VARCHAR(4000),
    filed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    filed_by           VARCHAR(50)   NOT NULL,
    outcome            VARCHAR(20),
    decision_reason    VARCHAR(1000),
    decided_at         TIMESTAMP WITH TIME ZONE,
    decided_by         VARCHAR(50),
    refund_due         BIGINT,
    version            BIGINT        NOT NULL,
    CONSTRAINT appeal_one_open_per_violation UNIQUE (open_violation_id)
);
CREATE INDEX appeal_violation_idx ON appeal (violation_id, filed_at);
CREATE INDEX appeal_status_idx ON appeal (status, filed_at);

-- An overturned violation owes nothing: its fine and, when it was towed, the tow and storage are cancelled from here on.
ALTER TABLE violation ADD COLUMN overturned_at TIMESTAMP WITH TIME ZONE;

-- Money handed back after an appeal was overturned: at the lot for a towed car, or for a fine paid on the spot.
CREATE SEQUENCE refund_number_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE refund (
    id              UUID         PRIMARY KEY,
    refund_number   VARCHAR(30)  NOT NULL,
    violation_id    UUID         NOT NULL REFERENCES violation (id),
    impound_id      UUID         REFERENCES impound (id),
    district_code   VARCHAR(16)  NOT NULL,
    violation_type  VARCHAR(40)  NOT NULL,
    amount          BIGINT       NOT NULL,
    method          VARCHAR(20)  NOT NULL,
    reference       VARCHAR(100) NOT NULL,
    refunded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    refunded_by     VARCHAR(50)  NOT NULL,
    CONSTRAINT refund_number_unique UNIQUE (refund_number)
);
CREATE INDEX refund_violation_idx ON refund (violation_id);

-- The reports count appeals by outcome and refunds.
ALTER TABLE report_tally ADD COLUMN appeals_upheld BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE report_tally ADD COLUMN appeals_overturned BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE report_tally ADD COLUMN refunds BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE report_tally ADD COLUMN refunded BIGINT DEFAULT 0 NOT NULL;
