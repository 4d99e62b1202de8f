-- Lookup of active publishable keys for the /store/* filter; both sides read it.
CREATE TABLE publishable_key (
    id      VARCHAR(64)  PRIMARY KEY,
    token   VARCHAR(255) NOT NULL UNIQUE,
    revoked BOOLEAN      NOT NULL,
    version BIGINT       NOT NULL
);

CREATE TABLE publishable_key_sales_channel (
    api_key_id       VARCHAR(64) NOT NULL REFERENCES publishable_key (id) ON DELETE CASCADE,
    sales_channel_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (api_key_id, sales_channel_id)
);
