-- Audit events are appended by the business transactions without any shared lock, and sealed into the hash chain
-- right after they commit by one sealer at a time (which locks the chain head). "id" is the order of appending,
-- "sequence" the gap-free position in the chain, given when sealed.
CREATE SEQUENCE audit_event_id_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_record (
    id             BIGINT         PRIMARY KEY,
    sequence       BIGINT,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(50)    NOT NULL,
    action         VARCHAR(60)    NOT NULL,
    entity_type    VARCHAR(30)    NOT NULL,
    entity_id      VARCHAR(64)    NOT NULL,
    data           VARCHAR(65535) NOT NULL,
    previous_hash  VARCHAR(64),
    hash           VARCHAR(64),
    CONSTRAINT audit_record_sequence_unique UNIQUE (sequence)
);

-- Events already chained keep their order but take ids below any the new sequence will give.
INSERT INTO audit_record (id, sequence, at, actor, action, entity_type, entity_id, data, previous_hash, hash)
SELECT sequence - 1000000000000, sequence, at, actor, action, entity_type, entity_id, data, previous_hash, hash FROM audit_event;

DROP TABLE audit_event;
ALTER TABLE audit_record RENAME TO audit_event;
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, id);
CREATE INDEX audit_event_unsealed_idx ON audit_event (sequence, id);

-- What auditors and the half-year report read by time.
CREATE INDEX impound_impounded_at_idx ON impound (impounded_at);
CREATE INDEX impound_released_at_idx ON impound (released_at);
CREATE INDEX violation_cancelled_at_idx ON violation (cancelled_at);
CREATE INDEX violation_inspector_registered_idx ON violation (inspector, registered_at, id);
CREATE INDEX payment_received_at_idx ON payment (received_at);
CREATE INDEX waiver_granted_at_idx ON waiver (granted_at);
