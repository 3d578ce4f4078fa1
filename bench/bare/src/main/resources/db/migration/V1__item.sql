CREATE TABLE item (
    id          UUID                     PRIMARY KEY,
    plate       VARCHAR(20)              NOT NULL,
    note        VARCHAR(200),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
