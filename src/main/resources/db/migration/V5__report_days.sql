-- The report's figures of each closed day. Every event a report counts is stamped with the server's time when it
-- happens, so once a day of the city has ended (and the longest transaction begun in it has had time to commit) its
-- figures never change: they are summed once, per district and violation type, and a report of a long period reads
-- these sums for its closed days and the events themselves only for the days still open.
CREATE TABLE report_day (
    city_day   DATE        PRIMARY KEY,
    time_zone  VARCHAR(64) NOT NULL,
    closed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE report_tally (
    city_day        DATE        NOT NULL REFERENCES report_day (city_day),
    district_code   VARCHAR(16) NOT NULL,
    violation_type  VARCHAR(40) NOT NULL,
    registered      BIGINT      NOT NULL,
    impounded       BIGINT      NOT NULL,
    released        BIGINT      NOT NULL,
    cancelled       BIGINT      NOT NULL,
    settled         BIGINT      NOT NULL,
    fine_revenue    BIGINT      NOT NULL,
    tow_revenue     BIGINT      NOT NULL,
    storage_revenue BIGINT      NOT NULL,
    vat_revenue     BIGINT      NOT NULL,
    waived          BIGINT      NOT NULL,
    received        BIGINT      NOT NULL,
    -- The time in the lot, in seconds, of each impound released that day, in ascending order and separated by
    -- commas: a median does not add up from medians, so the report takes the middle of all of them.
    stays           VARCHAR     NOT NULL,
    PRIMARY KEY (city_day, district_code, violation_type)
);
