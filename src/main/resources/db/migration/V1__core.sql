-- Clearway core schema. Valid on H2 and PostgreSQL: keep to standard SQL.

CREATE TABLE district (
    code        VARCHAR(16)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE impound_lot (
    code           VARCHAR(20)  PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    district_code  VARCHAR(16)  NOT NULL REFERENCES district (code),
    address        VARCHAR(500) NOT NULL,
    capacity       INTEGER      NOT NULL,
    occupied       INTEGER      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT impound_lot_capacity_positive CHECK (capacity > 0),
    CONSTRAINT impound_lot_occupancy_within_capacity CHECK (occupied >= 0 AND occupied <= capacity)
);

CREATE TABLE app_user (
    username       VARCHAR(50)  PRIMARY KEY,
    password_hash  VARCHAR(100) NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    district_code  VARCHAR(16)  REFERENCES district (code),
    lot_code       VARCHAR(20)  REFERENCES impound_lot (code),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE tariff (
    version              INTEGER      PRIMARY KEY,
    effective_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    storage_grace_hours  INTEGER      NOT NULL,
    vat_percent          NUMERIC(5, 2) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(50)  NOT NULL,
    CONSTRAINT tariff_effective_from_unique UNIQUE (effective_from),
    CONSTRAINT tariff_grace_not_negative CHECK (storage_grace_hours >= 0),
    CONSTRAINT tariff_vat_range CHECK (vat_percent >= 0 AND vat_percent <= 100)
);

CREATE TABLE tariff_fine (
    tariff_version  INTEGER     NOT NULL REFERENCES tariff (version),
    violation_type  VARCHAR(40) NOT NULL,
    amount          BIGINT      NOT NULL,
    PRIMARY KEY (tariff_version, violation_type),
    CONSTRAINT tariff_fine_not_negative CHECK (amount >= 0)
);

CREATE TABLE tariff_vehicle_fee (
    tariff_version   INTEGER     NOT NULL REFERENCES tariff (version),
    vehicle_class    VARCHAR(20) NOT NULL,
    tow_fee          BIGINT      NOT NULL,
    storage_per_day  BIGINT      NOT NULL,
    PRIMARY KEY (tariff_version, vehicle_class),
    CONSTRAINT tariff_vehicle_fee_not_negative CHECK (tow_fee >= 0 AND storage_per_day >= 0)
);

CREATE SEQUENCE ticket_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE receipt_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE release_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE violation (
    id                   UUID         PRIMARY KEY,
    ticket_number        VARCHAR(30)  NOT NULL,
    plate                VARCHAR(20)  NOT NULL,
    vehicle_class        VARCHAR(20)  NOT NULL,
    violation_type       VARCHAR(40)  NOT NULL,
    district_code        VARCHAR(16)  NOT NULL REFERENCES district (code),
    lat                  DOUBLE PRECISION NOT NULL,
    lon                  DOUBLE PRECISION NOT NULL,
    address              VARCHAR(500),
    observed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    note                 VARCHAR(2000),
    status               VARCHAR(20)  NOT NULL,
    registered_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    inspector            VARCHAR(50)  NOT NULL,
    fine_tariff_version  INTEGER      NOT NULL REFERENCES tariff (version),
    fine_amount          BIGINT       NOT NULL,
    submission_hash      VARCHAR(64)  NOT NULL,
    impound_id           UUID,
    cancel_reason        VARCHAR(1000),
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    cancelled_by         VARCHAR(50),
    version              BIGINT       NOT NULL,
    CONSTRAINT violation_ticket_number_unique UNIQUE (ticket_number)
);

CREATE INDEX violation_plate_idx ON violation (plate, registered_at);
CREATE INDEX violation_registered_idx ON violation (registered_at, id);
CREATE INDEX violation_district_registered_idx ON violation (district_code, registered_at, id);

CREATE TABLE violation_photo (
    id            UUID        PRIMARY KEY,
    violation_id  UUID        NOT NULL REFERENCES violation (id),
    sha256        VARCHAR(64) NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    content_type  VARCHAR(20) NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(50) NOT NULL,
    CONSTRAINT violation_photo_unique UNIQUE (violation_id, sha256)
);

CREATE TABLE violation_photo_content (
    photo_id  UUID  PRIMARY KEY REFERENCES violation_photo (id),
    content   BYTEA NOT NULL
);

CREATE TABLE impound (
    id                       UUID        PRIMARY KEY,
    violation_id             UUID        NOT NULL REFERENCES violation (id),
    lot_code                 VARCHAR(20) NOT NULL REFERENCES impound_lot (code),
    tariff_version           INTEGER     NOT NULL REFERENCES tariff (version),
    status                   VARCHAR(20) NOT NULL,
    impounded_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    towed_at                 TIMESTAMP WITH TIME ZONE,
    tow_operator             VARCHAR(200),
    intake_by                VARCHAR(50) NOT NULL,
    release_number           VARCHAR(30),
    released_at              TIMESTAMP WITH TIME ZONE,
    released_by              VARCHAR(50),
    released_to_name         VARCHAR(200),
    released_to_national_id  VARCHAR(10),
    ownership_document       VARCHAR(200),
    charged_total            BIGINT,
    paid_total               BIGINT,
    waived_total             BIGINT,
    version                  BIGINT      NOT NULL,
    CONSTRAINT impound_violation_unique UNIQUE (violation_id),
    CONSTRAINT impound_release_number_unique UNIQUE (release_number)
);

CREATE INDEX impound_lot_status_idx ON impound (lot_code, status, impounded_at);

ALTER TABLE violation ADD CONSTRAINT violation_impound_fk FOREIGN KEY (impound_id) REFERENCES impound (id);

-- The charges as they stood at release: money records never change afterwards.
CREATE TABLE impound_charge (
    impound_id      UUID         NOT NULL REFERENCES impound (id),
    line_no         INTEGER      NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    amount          BIGINT       NOT NULL,
    tariff_version  INTEGER      NOT NULL REFERENCES tariff (version),
    quantity        BIGINT       NOT NULL,
    rate            NUMERIC(19, 2) NOT NULL,
    PRIMARY KEY (impound_id, line_no)
);

CREATE TABLE impound_hold (
    id           UUID         PRIMARY KEY,
    impound_id   UUID         NOT NULL REFERENCES impound (id),
    authority    VARCHAR(20)  NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    reference    VARCHAR(100),
    placed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    placed_by    VARCHAR(50)  NOT NULL,
    lifted_at    TIMESTAMP WITH TIME ZONE,
    lifted_by    VARCHAR(50),
    lift_reason  VARCHAR(1000)
);

CREATE INDEX impound_hold_impound_idx ON impound_hold (impound_id);

CREATE TABLE payment (
    id              UUID         PRIMARY KEY,
    receipt_number  VARCHAR(30)  NOT NULL,
    violation_id    UUID         NOT NULL REFERENCES violation (id),
    impound_id      UUID         REFERENCES impound (id),
    amount          BIGINT       NOT NULL,
    method          VARCHAR(20)  NOT NULL,
    reference       VARCHAR(100),
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by     VARCHAR(50)  NOT NULL,
    CONSTRAINT payment_receipt_number_unique UNIQUE (receipt_number),
    CONSTRAINT payment_amount_positive CHECK (amount > 0)
);

CREATE INDEX payment_impound_idx ON payment (impound_id);
CREATE INDEX payment_violation_idx ON payment (violation_id);

CREATE TABLE waiver (
    id          UUID          PRIMARY KEY,
    impound_id  UUID          NOT NULL REFERENCES impound (id),
    amount      BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by  VARCHAR(50)   NOT NULL,
    CONSTRAINT waiver_amount_positive CHECK (amount > 0)
);

CREATE INDEX waiver_impound_idx ON waiver (impound_id);

-- Append-only, hash-chained log of every state change.
CREATE TABLE audit_event (
    sequence       BIGINT        PRIMARY KEY,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(50)   NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    entity_type    VARCHAR(30)   NOT NULL,
    entity_id      VARCHAR(64)   NOT NULL,
    data           VARCHAR(65535) NOT NULL,
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL
);

CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, sequence);

-- One row: the end of the chain. Writers lock it, so the chain never forks.
CREATE TABLE audit_chain_head (
    id             INTEGER     PRIMARY KEY,
    last_sequence  BIGINT      NOT NULL,
    last_hash      VARCHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_single_row CHECK (id = 1)
);

INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE idempotency_record (
    username           VARCHAR(50)   NOT NULL,
    idem_key           VARCHAR(255)  NOT NULL,
    request_hash       VARCHAR(64)   NOT NULL,
    state              VARCHAR(12)   NOT NULL,
    response_status    INTEGER,
    response_body      VARCHAR(65535),
    response_location  VARCHAR(500),
    response_etag      VARCHAR(100),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (username, idem_key)
);

CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
