-- Read model of the return-view processing group: each return's document, by its order too.
CREATE TABLE return_view (
    id       VARCHAR(64) PRIMARY KEY,
    order_id VARCHAR(64) NOT NULL,
    document TEXT        NOT NULL,
    version  BIGINT      NOT NULL
);
CREATE INDEX return_view_order_idx ON return_view (order_id);
