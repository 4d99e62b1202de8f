-- Read model of the payment-collection-view processing group: each collection as JSON text, found
-- by its id or its cart's; version is the collection's last applied sequence number.
CREATE TABLE payment_collection_view (
    id       VARCHAR(64) PRIMARY KEY,
    cart_id  VARCHAR(64) NOT NULL,
    document TEXT        NOT NULL,
    version  BIGINT      NOT NULL
);
CREATE UNIQUE INDEX payment_collection_view_cart_idx ON payment_collection_view (cart_id);
