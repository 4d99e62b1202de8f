-- Read model of the cart-view processing group: each cart's state as JSON text, read by its id
-- and rendered with its totals; version is the cart's last applied sequence number.
CREATE TABLE cart_view (
    id       VARCHAR(64) PRIMARY KEY,
    document TEXT        NOT NULL,
    version  BIGINT      NOT NULL
);
