-- Citizens' complaints filed over Open311 GeoReport v2 (PRODUCT §10). A complaint is one case in an inspectors'
-- queue; every report that made or joined it is kept, with the reporter's contact details, which leave only here.

CREATE SEQUENCE complaint_number_seq START WITH 1001 INCREMENT BY 1;
CREATE SEQUENCE complaint_update_seq START WITH 1 INCREMENT BY 1;

-- One row per service, taken FOR UPDATE while a report is filed: two reports of the same place arriving at the same
-- moment are decided one after the other, so they make one complaint, never two.
CREATE TABLE complaint_intake (
    service_code  VARCHAR(40) PRIMARY KEY
);
INSERT INTO complaint_intake (service_code) VALUES ('SIDEWALK_PARKING');
INSERT INTO complaint_intake (service_code) VALUES ('CROSSWALK_BLOCKING');
INSERT INTO complaint_intake (service_code) VALUES ('RAMP_BLOCKING');
INSERT INTO complaint_intake (service_code) VALUES ('DRIVEWAY_BLOCKING');
INSERT INTO complaint_intake (service_code) VALUES ('DOUBLE_PARKING');
INSERT INTO complaint_intake (service_code) VALUES ('VENDOR_OCCUPATION');
INSERT INTO complaint_intake (service_code) VALUES ('FIRE_ACCESS_BLOCKING');

CREATE TABLE complaint (
    id                  UUID          PRIMARY KEY,
    service_request_id  VARCHAR(20)   NOT NULL,
    service_code        VARCHAR(40)   NOT NULL REFERENCES complaint_intake (service_code),
    district_code       VARCHAR(16)   REFERENCES district (code),
    lat                 DOUBLE PRECISION,
    lon                 DOUBLE PRECISION,
    address             VARCHAR(500),
    address_id          VARCHAR(200),
    description         VARCHAR(4000),
    media_url           VARCHAR(2000),
    status              VARCHAR(10)   NOT NULL,
    outcome             VARCHAR(20),
    report_count        INTEGER       NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_reported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    violation_id        UUID          REFERENCES violation (id),
    closed_at           TIMESTAMP WITH TIME ZONE,
    closed_by           VARCHAR(50),
    close_reason        VARCHAR(1000),
    version             BIGINT        NOT NULL,
    CONSTRAINT complaint_service_request_id_unique UNIQUE (service_request_id),
    CONSTRAINT complaint_report_count_positive CHECK (report_count > 0),
    CONSTRAINT complaint_located CHECK ((lat IS NULL) = (lon IS NULL))
);
CREATE INDEX complaint_duplicates_idx ON complaint (service_code, status, last_reported_at);
CREATE INDEX complaint_queue_idx ON complaint (district_code, status, received_at);
CREATE INDEX complaint_received_idx ON complaint (received_at);
CREATE INDEX complaint_violation_idx ON complaint (violation_id);

CREATE TABLE complaint_report (
    id               UUID          PRIMARY KEY,
    complaint_id     UUID          NOT NULL REFERENCES complaint (id),
    token            VARCHAR(64)   NOT NULL,
    api_key_id       UUID          NOT NULL REFERENCES api_key (id),
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    jurisdiction_id  VARCHAR(200),
    lat              DOUBLE PRECISION,
    lon              DOUBLE PRECISION,
    address          VARCHAR(500),
    address_id       VARCHAR(200),
    description      VARCHAR(4000),
    media_urls       VARCHAR(4000),
    plate            VARCHAR(40),
    email            VARCHAR(320),
    device_id        VARCHAR(200),
    account_id       VARCHAR(200),
    first_name       VARCHAR(200),
    last_name        VARCHAR(200),
    phone            VARCHAR(50),
    CONSTRAINT complaint_report_token_unique UNIQUE (token)
);
CREATE INDEX complaint_report_complaint_idx ON complaint_report (complaint_id, received_at);

CREATE TABLE complaint_photo (
    id            UUID        PRIMARY KEY,
    report_id     UUID        NOT NULL REFERENCES complaint_report (id),
    complaint_id  UUID        NOT NULL REFERENCES complaint (id),
    sha256        VARCHAR(64) NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    content_type  VARCHAR(20) NOT NULL,
    content       BYTEA       NOT NULL
);
CREATE INDEX complaint_photo_complaint_idx ON complaint_photo (complaint_id);

-- What the reporter's app reads back (mySociety's servicerequestupdates): each change the city made to a complaint.
CREATE TABLE complaint_update (
    id            BIGINT       PRIMARY KEY,
    complaint_id  UUID         NOT NULL REFERENCES complaint (id),
    status        VARCHAR(10)  NOT NULL,
    description   VARCHAR(1000) NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX complaint_update_at_idx ON complaint_update (at, id);
CREATE INDEX complaint_update_complaint_idx ON complaint_update (complaint_id, at);
