-- Keys of the civic apps that file complaints over Open311. Only the SHA-256 of a key is kept: the key itself is
-- shown once, when it is made, and cannot be read back from here.
CREATE TABLE api_key (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(50)  NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    revoked_by  VARCHAR(50),
    CONSTRAINT api_key_hash_unique UNIQUE (key_hash)
);
