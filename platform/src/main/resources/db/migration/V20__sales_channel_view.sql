-- Read model of the sales-channel-view processing group. Deleted channels keep their row
-- (deleted_at set) so that a redelivered event older than the row's version changes nothing.
CREATE TABLE sales_channel_view (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    description TEXT,
    is_disabled BOOLEAN      NOT NULL,
    metadata    TEXT,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE
);
