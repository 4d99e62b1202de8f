-- Read model of the api-key-view processing group (the admin's view of keys; the /store/*
-- filter reads publishable_key instead). token holds publishable tokens only: a secret key's clear
-- token is stored nowhere, and only its SHA-256 is in the event store.
CREATE TABLE api_key_view (
    id         VARCHAR(64)  PRIMARY KEY,
    token      VARCHAR(255),
    redacted   VARCHAR(64)  NOT NULL,
    title      VARCHAR(255) NOT NULL,
    type       VARCHAR(16)  NOT NULL,
    version    BIGINT       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    deleted_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE api_key_view_sales_channel (
    api_key_id       VARCHAR(64) NOT NULL REFERENCES api_key_view (id) ON DELETE CASCADE,
    sales_channel_id VARCHAR(64) NOT NULL,
    position         INTEGER     NOT NULL,
    PRIMARY KEY (api_key_id, sales_channel_id)
);
