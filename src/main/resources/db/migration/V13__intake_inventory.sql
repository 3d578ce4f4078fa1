-- What the clerk found in and on a vehicle at intake. Append-only: a correction is a new version of the impound's
-- inventory, numbered by the service under the impound's row lock; the unique constraint keeps two from sharing one.
CREATE TABLE impound_inventory (
    id             UUID          PRIMARY KEY,
    impound_id     UUID          NOT NULL REFERENCES impound (id),
    version        INTEGER       NOT NULL,
    keys_received  BOOLEAN       NOT NULL,
    odometer       INTEGER,
    fuel           VARCHAR(20),
    notes          VARCHAR(2000),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    VARCHAR(50)   NOT NULL,
    CONSTRAINT impound_inventory_version_unique UNIQUE (impound_id, version),
    CONSTRAINT impound_inventory_version_positive CHECK (version > 0),
    CONSTRAINT impound_inventory_odometer_range CHECK (odometer IS NULL OR (odometer >= 0 AND odometer <= 9999999))
);

CREATE TABLE impound_inventory_damage (
    inventory_id  UUID         NOT NULL REFERENCES impound_inventory (id),
    line_no       INTEGER      NOT NULL,
    part          VARCHAR(100) NOT NULL,
    description   VARCHAR(500) NOT NULL,
    PRIMARY KEY (inventory_id, line_no)
);

CREATE TABLE impound_inventory_item (
    inventory_id  UUID         NOT NULL REFERENCES impound_inventory (id),
    line_no       INTEGER      NOT NULL,
    description   VARCHAR(200) NOT NULL,
    quantity      INTEGER      NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (inventory_id, line_no)
);

-- Intake photos: the same rules as a violation's evidence photos, kept beside the impound.
CREATE TABLE impound_photo (
    id            UUID        PRIMARY KEY,
    impound_id    UUID        NOT NULL REFERENCES impound (id),
    sha256        VARCHAR(64) NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    content_type  VARCHAR(20) NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by   VARCHAR(50) NOT NULL,
    CONSTRAINT impound_photo_unique UNIQUE (impound_id, sha256)
);

CREATE TABLE impound_photo_content (
    photo_id  UUID  PRIMARY KEY REFERENCES impound_photo (id),
    content   BYTEA NOT NULL
);
