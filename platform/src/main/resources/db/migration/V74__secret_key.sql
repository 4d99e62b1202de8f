-- Lookup of secret API keys for the /admin/* filter, by the SHA-256 of their token (the clear
-- token is never stored). Filled by the secret-keys processing group from the events.
CREATE TABLE secret_key (
    id           VARCHAR(64) PRIMARY KEY,
    token_sha256 VARCHAR(64) NOT NULL UNIQUE,
    revoked      BOOLEAN     NOT NULL
);
