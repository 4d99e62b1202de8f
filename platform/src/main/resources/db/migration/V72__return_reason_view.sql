-- Read model of the return-reason-view processing group. Deleted reasons keep their row
-- (deleted_at set) so that a redelivered event older than the row's version changes nothing.
CREATE TABLE return_reason_view (
    id          VARCHAR(64)  PRIMARY KEY,
    reason      VARCHAR(100) NOT NULL,
    label       VARCHAR(255) NOT NULL,
    description TEXT,
    metadata    TEXT,
    version     BIGINT       NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE
);
